/**
 * Comments under articles: posting ({@link org.inkstone.comment.CommentService}: the whole pipeline), thread
 * pages ({@link org.inkstone.comment.CommentThreads}, cached by {@link org.inkstone.comment.CommentPages}),
 * flags ({@link org.inkstone.comment.CommentFlags}), the moderators' queue and actions
 * ({@link org.inkstone.comment.ModerationQueue}), blocks ({@link org.inkstone.comment.Blocks}) and the
 * moderation log. Owns the comment tables ({@link org.inkstone.comment.CommentStore}). Reaches articles only
 * through {@link org.inkstone.article.ArticleService} (row lock, comment count, titles), the moderation rules
 * through {@link org.inkstone.moderation.ModerationPolicy}, CAPTCHAs through
 * {@link org.inkstone.captcha.CaptchaService}; never another feature's mapper or tables.
 */
package org.inkstone.comment;
