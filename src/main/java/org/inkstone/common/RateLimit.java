package org.inkstone.common;

/**
 * Every rate limit of the site, in one table: its name (the prefix of {@code rate_window.bucket}), the
 * configuration key of its maximum (times {@link #factor}), and its fixed window in seconds. The maxima's
 * defaults are in {@code META-INF/microprofile-config.properties}; a value that is not a positive whole
 * number fails at the first use with {@link InvalidSettingException}.
 */
public enum RateLimit {
    /** Anonymous comments from one client address, per minute. */
    COMMENT_CLIENT("comment-client", "inkstone.comment.rate.client-per-minute", 1, 60),
    /** Comments by one account, per minute (its CAPTCHA threshold counts in the same window). */
    COMMENT_ACCOUNT("comment-account", "inkstone.comment.rate.account-per-minute", 1, 60),
    /** Flags by one client address or account, per minute. */
    FLAG("flag", "inkstone.comment.rate.flags-per-minute", 1, 60),
    /** CAPTCHA challenges and images for one client address, per minute. */
    CAPTCHA("captcha", "inkstone.captcha.rate.per-minute", 1, 60),
    /** Failed log-ins (and wrong current passwords) per client address, and per user name and address, per 15 minutes. */
    LOGIN_FAILURE("login-fail", "inkstone.account.login.max-failures", 1, 900),
    /** Failed log-ins for one user name from anywhere, per 15 minutes: ten times {@link #LOGIN_FAILURE}. */
    LOGIN_FAILURE_USER("login-fail-user", "inkstone.account.login.max-failures", 10, 900),
    /** Registrations per client address, per hour. */
    REGISTER("register", "inkstone.account.register.per-hour", 1, 3600),
    /** Pull API requests per partner key, per minute (syndication). */
    SYNDICATION_PULL("pull", "inkstone.syndication.pull.per-minute", 1, 60);

    private final String id;
    private final String maxKey;
    private final int factor;
    private final int windowSeconds;

    RateLimit(String id, String maxKey, int factor, int windowSeconds) {
        this.id = id;
        this.maxKey = maxKey;
        this.factor = factor;
        this.windowSeconds = windowSeconds;
    }

    /** The bucket prefix in {@code rate_window}. */
    public String id() {
        return id;
    }

    /** The configuration key of the maximum. */
    public String maxKey() {
        return maxKey;
    }

    /** The configured value is multiplied by this. */
    public int factor() {
        return factor;
    }

    public int windowSeconds() {
        return windowSeconds;
    }

    /**
     * The limit with its maximum read from {@code config}.
     *
     * @throws InvalidSettingException when {@link #maxKey} is not a positive whole number
     */
    public RateLimiter.Limit limit(InkstoneConfig config) {
        return new RateLimiter.Limit(id, ConfigValues.positiveInt(config, maxKey) * factor, windowSeconds);
    }
}
