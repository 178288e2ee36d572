/**
 * Comments under articles: posting (sanitizer, duplicate window, rate limits, CAPTCHA rule), thread pages,
 * flags, the moderation policy and queue, blocks and the moderation log. Owns the comment tables and
 * {@code article.comment_count}; reaches articles only through their row lock and count, never their text.
 */
package org.inkstone.comment;
