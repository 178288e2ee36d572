package org.inkstone.account;

/**
 * Whether a logged-in reader's next comment needs a CAPTCHA, shown in {@code GET /api/session} so the widget
 * can ask for one up front. The rule belongs to comments (which implement this interface), so the account
 * package, below them, does not depend on them. Implementations are thread-safe.
 */
public interface CaptchaRequirement {

    /** True when account {@code accountId} must solve a CAPTCHA to post its next comment. */
    boolean captchaRequired(long accountId);
}
