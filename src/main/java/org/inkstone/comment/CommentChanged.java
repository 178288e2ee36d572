package org.inkstone.comment;

/**
 * CDI event: comments of article {@code articleId} changed (a post, a flag, a moderator's action), fired after
 * the change committed. Caches of comment pages observe it to drop the article's pages.
 */
public record CommentChanged(long articleId) {
}
