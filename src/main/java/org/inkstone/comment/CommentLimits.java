package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.CaptchaRequirement;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.Subject;
import org.inkstone.common.TooManyRequestsException;

/**
 * Who may post how often, and who must solve a CAPTCHA (limits kept by {@link RateLimiter}, so every node
 * shares them): anonymous writers are limited per client address ({@link RateLimit#COMMENT_CLIENT}) and always
 * solve a CAPTCHA; accounts are limited per account ({@link RateLimit#COMMENT_ACCOUNT}) and solve one once
 * over {@link CommentSettings#captchaAccountThreshold()} posts in the window; staff are neither limited nor
 * asked. Thread-safe.
 */
@ApplicationScoped
public class CommentLimits implements CaptchaRequirement {

    private final RateLimiter limiter;
    private final int captchaThreshold;

    @Inject
    public CommentLimits(RateLimiter limiter, CommentSettings settings) {
        this.limiter = limiter;
        this.captchaThreshold = settings.captchaAccountThreshold();
    }

    /** For CDI proxies only. */
    protected CommentLimits() {
        this.limiter = null;
        this.captchaThreshold = 0;
    }

    /**
     * Counts one post by {@code author} (staff: none).
     *
     * @return whether this post needs a CAPTCHA
     * @throws TooManyRequestsException when the author is over the limit
     */
    public boolean admit(Author author) {
        if (author.staff()) {
            return false;
        }
        if (author.accountId() == null) {
            limiter.hit(RateLimit.COMMENT_CLIENT, Subject.client(author.clientHash()));
            return true;
        }
        return limiter.hit(RateLimit.COMMENT_ACCOUNT, Subject.account(author.accountId())) > captchaThreshold;
    }

    /**
     * Takes back an account's post counted by {@link #admit} that was refused for what it said (an empty or
     * over-long body, an unknown article or parent, a duplicate): such a refusal stores nothing, so it must not
     * bring the account's CAPTCHA threshold nearer. Anonymous posts stay counted (each costs a CAPTCHA anyway,
     * and the count is what limits a client address).
     */
    public void refund(Author author) {
        if (!author.staff() && author.accountId() != null) {
            limiter.release(RateLimit.COMMENT_ACCOUNT, Subject.account(author.accountId()));
        }
    }

    /** True when the account's next post needs a CAPTCHA (it reached the threshold in this window). */
    @Override
    public boolean captchaRequired(long accountId) {
        return limiter.peek(RateLimit.COMMENT_ACCOUNT, Subject.account(accountId)) >= captchaThreshold;
    }
}
