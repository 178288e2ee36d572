package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.CaptchaRequirement;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.RateLimiter;

/**
 * The posting limits (all per minute, kept by {@link RateLimiter} so every node shares them):
 * <ul>
 *   <li>{@code inkstone.comment.rate.client-per-minute}: anonymous posts from one client address;</li>
 *   <li>{@code inkstone.comment.rate.account-per-minute}: posts by one account;</li>
 *   <li>{@code inkstone.comment.captcha.account-threshold}: posts by one account in the minute before a
 *       CAPTCHA is required of it too;</li>
 *   <li>{@code inkstone.comment.rate.flags-per-minute}: flags by one client address or account.</li>
 * </ul>
 * Thread-safe.
 */
@ApplicationScoped
public class CommentLimits implements CaptchaRequirement {

    @Inject
    InkstoneConfig config;

    @Inject
    RateLimiter limiter;

    RateLimiter.Limit anonymous() {
        return new RateLimiter.Limit("comment-client", config.getInt("inkstone.comment.rate.client-per-minute"), 60);
    }

    RateLimiter.Limit account() {
        return new RateLimiter.Limit("comment-account", config.getInt("inkstone.comment.rate.account-per-minute"), 60);
    }

    RateLimiter.Limit flags() {
        return new RateLimiter.Limit("flag", config.getInt("inkstone.comment.rate.flags-per-minute"), 60);
    }

    int captchaThreshold() {
        return config.getInt("inkstone.comment.captcha.account-threshold");
    }

    /** True when the account's next post needs a CAPTCHA (it reached the threshold in this minute). */
    @Override
    public boolean captchaRequired(long accountId) {
        return limiter.peek(account(), "a:" + accountId) >= captchaThreshold();
    }
}
