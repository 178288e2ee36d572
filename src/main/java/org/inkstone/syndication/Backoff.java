package org.inkstone.syndication;

import java.time.Duration;
import java.util.Random;

/**
 * The wait before a push's next attempt: "full jitter" exponential back-off (M. Brooker, "Exponential Backoff
 * And Jitter", AWS Architecture Blog, 2015): after the n-th failed attempt (n ≥ 1) a uniformly random time in
 * [0, min(cap, base × 2^(n−1))], which spreads the retries of many deliveries that failed together. A
 * {@code Retry-After} from the receiver (429, 503) lengthens the wait up to the cap, never shortens it. Immutable; thread-safe when
 * the {@link Random} is ({@link java.util.concurrent.ThreadLocalRandom} in production, a seeded one in tests).
 */
public final class Backoff {

    private final long baseMs;
    private final long capMs;

    /** @param base the first attempt's ceiling ({@code retry-base-ms}); @param cap the largest ceiling ({@code retry-max-ms}) */
    public Backoff(Duration base, Duration cap) {
        this.baseMs = Math.max(1, base.toMillis());
        this.capMs = Math.max(baseMs, cap.toMillis());
    }

    /** The ceiling after the {@code attempt}-th failed attempt (ms): min(cap, base × 2^(attempt−1)), without overflow. */
    public long ceilingMs(int attempt) {
        int shift = Math.max(0, attempt - 1);
        if (shift >= 62 || baseMs > (capMs >> Math.min(shift, 62))) {
            return capMs;
        }
        return Math.min(capMs, baseMs << shift);
    }

    /**
     * The wait after the {@code attempt}-th failed attempt: uniform in [0, {@link #ceilingMs}] ms; when the receiver
     * sent a {@code Retry-After} (non-null), the longer of that and the draw, at most the cap. So a
     * {@code Retry-After} never shortens the back-off: {@code Retry-After: 0} (or a past date) from a receiver that
     * keeps failing does not make the worker retry in a tight loop.
     */
    public Duration delay(int attempt, Duration retryAfter, Random random) {
        long ceiling = ceilingMs(attempt);
        long draw = ceiling == Long.MAX_VALUE ? random.nextLong(ceiling) : random.nextLong(ceiling + 1);
        if (retryAfter != null && !retryAfter.isNegative()) {
            return Duration.ofMillis(Math.min(capMs, Math.max(draw, retryAfter.toMillis())));
        }
        return Duration.ofMillis(draw);
    }
}
