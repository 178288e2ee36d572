package org.inkstone.comment;

import java.util.List;

/**
 * {@code GET /api/articles/{id}/comments}: {@code count} visible comments in all (共有 N 条评论), one page of
 * threads ({@code items}: each root followed by its replies, oldest reply first) and the cursor of the next
 * page (null on the last).
 */
public record CommentPage(long count, List<CommentView> items, String nextCursor) {
}
