package org.inkstone.moderation;

/**
 * What the moderation rules know about a new comment.
 *
 * @param text       the comment as written (NFC-normalized source text, before sanitizing)
 * @param hasLinks   whether the sanitized comment keeps at least one link
 * @param anonymous  written without an account
 * @param staff      written by a moderator or a higher role (never held)
 * @param clientHash keyed hash of the writer's client address (64 hex digits)
 */
public record Candidate(String text, boolean hasLinks, boolean anonymous, boolean staff, String clientHash) {
}
