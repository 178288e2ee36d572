package org.inkstone.common;

import java.util.Map;

/** A rate limit was exceeded: 429 with {@code code=rate_limited} and a {@code Retry-After} header in seconds. */
public class TooManyRequestsException extends InkstoneException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "rate_limited", "操作过于频繁，请 " + retryAfterSeconds + " 秒后再试", Map.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the current window ends (at least 1). */
    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
