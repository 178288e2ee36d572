/**
 * Whether a new comment is published at once or held for a moderator: the moderation policy and the word
 * list it uses. Knows comments only as the candidate the comment side hands it, and their writers' history
 * through {@link org.inkstone.moderation.WriterHistory}; it owns no table.
 */
package org.inkstone.moderation;
