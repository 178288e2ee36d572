/**
 * Moderation rules for new comments: {@link org.inkstone.moderation.ModerationPolicy} asks every
 * {@link org.inkstone.moderation.CommentCheck} and answers a {@link org.inkstone.moderation.Verdict}
 * (publish, or hold with a reason for the moderator). Knows nothing of how comments are stored: what a rule
 * needs of a writer's past comes through {@link org.inkstone.moderation.WriterHistory}, which the comment
 * side implements. Must not depend on {@code comment}.
 */
package org.inkstone.moderation;
