package org.inkstone.article;

import java.util.List;

/**
 * {@code GET /api/articles}: {@code total} published articles of the list (all pages), one page of
 * {@code items} newest first, and {@code nextCursor}, the opaque {@code cursor} of the next page (null on the
 * last page).
 */
public record ArticleList(long total, List<ArticleItem> items, String nextCursor) {
}
