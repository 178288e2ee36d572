package org.inkstone.moderation;

import java.util.Objects;

/**
 * A rule's (or the policy's) answer about a new comment: publish it, or hold it in the moderation queue with a
 * reason that moderators read there (Chinese, at most 200 characters, e.g. {@code 含链接}). Immutable.
 *
 * @param held   true to queue the comment ({@code pending})
 * @param reason why it is held; null exactly when {@code held} is false
 */
public record Verdict(boolean held, String reason) {

    /** The longest reason kept: the size of {@code moderation_log.detail}. */
    public static final int MAX_REASON = 200;

    private static final Verdict APPROVE = new Verdict(false, null);

    /** @throws IllegalArgumentException when a held verdict has no reason, or an approval has one */
    public Verdict {
        if (held == (reason == null) || held && reason.isBlank()) {
            throw new IllegalArgumentException("a held verdict needs a reason, an approval has none");
        }
        if (held && reason.codePointCount(0, reason.length()) > MAX_REASON) {
            reason = reason.substring(0, reason.offsetByCodePoints(0, MAX_REASON - 1)) + "…";
        }
    }

    /** Publish at once. */
    public static Verdict approve() {
        return APPROVE;
    }

    /** Queue for a moderator, telling them {@code reason} (cut to {@link #MAX_REASON} characters). */
    public static Verdict hold(String reason) {
        return new Verdict(true, Objects.requireNonNull(reason, "reason"));
    }
}
