package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Fixed-window rate limits kept in the database table {@code rate_window}, so every node counts against the
 * same windows. A limit is a name, a maximum number of hits and a window length; the subject is a client
 * hash or an account. The increment is one atomic upsert, so concurrent requests are all counted.
 * Fixed windows allow up to twice the limit across a window boundary; that is accepted for its cost (one
 * row per subject and limit). Stale rows are removed by {@link #purge}.
 *
 * <p>Thread-safe. Each call commits on its own (a refused request still counts).
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    RateWindowMapper mapper;

    @Inject
    InkstoneConfig config;

    @Inject
    ClientAddress clients;

    Clock clock = Clock.systemUTC();

    /** A named limit: at most {@code max} hits per {@code windowSeconds}. */
    public record Limit(String name, int max, int windowSeconds) {
    }

    /**
     * Counts one hit of {@code subject} against {@code limit}.
     *
     * @throws TooManyRequestsException when this hit is over the limit; {@code Retry-After} is the rest of the window
     */
    public void hit(Limit limit, String subject) {
        long count = count(limit, subject);
        if (count > limit.max()) {
            throw new TooManyRequestsException(secondsLeft(limit));
        }
    }

    /**
     * Counts one hit of the request's client address (its keyed hash) against the limit {@code name}, whose
     * maximum is the configuration key {@code maxKey}, per {@code windowSeconds}.
     *
     * @throws TooManyRequestsException when over the limit
     */
    public void hitClient(jakarta.servlet.http.HttpServletRequest request, String name, String maxKey, int windowSeconds) {
        hit(new Limit(name, config.getInt(maxKey), windowSeconds), "c:" + clients.hash(request));
    }

    /** Counts one hit and returns the number of hits in the current window, this one included. */
    public long count(Limit limit, String subject) {
        long now = clock.millis() / 1000;
        long windowStart = now - now % limit.windowSeconds();
        String bucket = limit.name() + ":" + subject;
        mapper.upsert(bucket, windowStart);
        Integer hits = mapper.findHits(bucket, windowStart);
        return hits == null ? 1 : hits;
    }

    /**
     * Takes back one hit counted by {@link #count} in the current window, for attempts that turned out not to
     * count (a log-in that succeeded). Counting first and releasing after makes concurrent attempts count.
     */
    public void release(Limit limit, String subject) {
        long now = clock.millis() / 1000;
        mapper.release(limit.name() + ":" + subject, now - now % limit.windowSeconds());
    }

    /** The number of hits of the current window without counting one; 0 when there is none. */
    public long peek(Limit limit, String subject) {
        long now = clock.millis() / 1000;
        Integer hits = mapper.findHits(limit.name() + ":" + subject, now - now % limit.windowSeconds());
        return hits == null ? 0 : hits;
    }

    private long secondsLeft(Limit limit) {
        long now = clock.millis() / 1000;
        return Math.max(1, limit.windowSeconds() - now % limit.windowSeconds());
    }

    /** Deletes windows that ended more than {@code maxWindowSeconds} ago; returns the rows removed. */
    public int purge(long maxWindowSeconds) {
        return mapper.deleteOlderThan(clock.millis() / 1000 - maxWindowSeconds);
    }
}
