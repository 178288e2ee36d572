package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofHours(1));

    @Test
    void theCeilingDoublesFromTheBaseUpToTheCap() {
        assertEquals(1_000, backoff.ceilingMs(1));
        assertEquals(2_000, backoff.ceilingMs(2));
        assertEquals(4_000, backoff.ceilingMs(3));
        assertEquals(2_048_000, backoff.ceilingMs(12));
        assertEquals(3_600_000, backoff.ceilingMs(13));
        assertEquals(3_600_000, backoff.ceilingMs(63));
        assertEquals(3_600_000, backoff.ceilingMs(Integer.MAX_VALUE));
        assertEquals(1_000, backoff.ceilingMs(0));
    }

    @Test
    void delaysAreUniformBetweenZeroAndTheCeiling() {
        Random random = new Random(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            long d = backoff.delay(3, null, random).toMillis();
            assertTrue(d >= 0 && d <= 4_000, "delay " + d);
            min = Math.min(min, d);
            max = Math.max(max, d);
            sum += d;
        }
        assertTrue(min < 40, "min " + min);
        assertTrue(max > 3_960, "max " + max);
        double mean = (double) sum / n;
        assertTrue(Math.abs(mean - 2_000) < 50, "mean " + mean); // uniform on [0, 4000]: mean 2000, sd of mean ~8
    }

    @Test
    void aSeededRandomGivesTheSameDelays() {
        assertEquals(backoff.delay(5, null, new Random(7)), backoff.delay(5, null, new Random(7)));
        assertEquals(new Random(7).nextLong(16_001), backoff.delay(5, null, new Random(7)).toMillis());
    }

    @Test
    void retryAfterIsHonouredUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), backoff.delay(1, Duration.ofSeconds(30), new Random(1)));
        assertEquals(Duration.ofHours(1), backoff.delay(1, Duration.ofDays(2), new Random(1)));
    }

    @Test
    void retryAfterZeroOrPastNeverShortensTheBackOff() {
        // Retry-After: 0 from a receiver that keeps failing: the full-jitter draw still applies (no tight loop)
        assertEquals(new Random(1).nextLong(1_001), backoff.delay(1, Duration.ZERO, new Random(1)).toMillis());
        assertEquals(new Random(3).nextLong(16_001), backoff.delay(5, Duration.ZERO, new Random(3)).toMillis());
        assertEquals(backoff.delay(5, null, new Random(3)), backoff.delay(5, Duration.ofMillis(1), new Random(3)));
    }
}
