package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;

/**
 * Fixed-window rate limits kept in the database table {@code rate_window}, so every node counts against the
 * same windows. A limit is a name, a maximum number of hits and a window length (the site's limits are the
 * table {@link RateLimit}); the subject is a client hash or an account ({@link Subject}). A window of
 * {@code w} seconds starts at the epoch seconds divisible by {@code w} (UTC, from the injected clock), so
 * every node agrees on it. The increment is one atomic upsert, so concurrent requests are all counted.
 * Fixed windows allow up to twice the limit across a window boundary; that is accepted for its cost (one
 * row per subject and limit). Stale rows are removed by {@link #purge}.
 *
 * <p>Thread-safe. Each call commits on its own (a refused request still counts).
 */
@ApplicationScoped
public class RateLimiter {

    private final RateWindowMapper mapper;
    private final InkstoneConfig config;
    private final ClientAddress clients;
    private final Clock clock;

    @Inject
    public RateLimiter(RateWindowMapper mapper, InkstoneConfig config, ClientAddress clients) {
        this(mapper, config, clients, Clock.systemUTC());
    }

    /** For tests: a fixed or offset {@code clock}; {@code clients} may be null when {@link #hitClient} is not used. */
    public RateLimiter(RateWindowMapper mapper, InkstoneConfig config, ClientAddress clients, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.clients = clients;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected RateLimiter() {
        this(null, null, null, null);
    }

    /** A named limit: at most {@code max} hits per {@code windowSeconds}. */
    public record Limit(String name, int max, int windowSeconds) {
    }

    /**
     * Counts one hit of {@code subject} against {@code limit} (its maximum read from configuration).
     *
     * @return the hits of the current window, this one included (at most the maximum)
     * @throws TooManyRequestsException when this hit is over the limit; {@code Retry-After} is the rest of the window
     * @throws InvalidSettingException when the limit's maximum is not a positive whole number
     */
    public long hit(RateLimit limit, Subject subject) {
        Limit l = limit.limit(config);
        long count = count(l, subject.key());
        if (count > l.max()) {
            throw new TooManyRequestsException(secondsLeft(l));
        }
        return count;
    }

    /**
     * Counts one hit of a subject that is neither an account nor a client address, under its own key (e.g.
     * {@code p:<partner id>} for a syndication partner).
     *
     * @return the hits of the current window, this one included (at most the maximum)
     * @throws TooManyRequestsException when this hit is over the limit; {@code Retry-After} is the rest of the window
     */
    public long hit(RateLimit limit, String subjectKey) {
        Limit l = limit.limit(config);
        long count = count(l, subjectKey);
        if (count > l.max()) {
            throw new TooManyRequestsException(secondsLeft(l));
        }
        return count;
    }

    /** Takes back one hit of {@code subject} counted by {@link #hit(RateLimit, Subject)} in the current window. */
    public void release(RateLimit limit, Subject subject) {
        release(limit.limit(config), subject.key());
    }

    /** The hits of {@code subject} in the current window of {@code limit} without counting one; 0 when none. */
    public long peek(RateLimit limit, Subject subject) {
        return peek(limit.limit(config), subject.key());
    }

    /**
     * Counts one hit of the request's client address (its keyed hash) against {@code limit}.
     *
     * @throws TooManyRequestsException when over the limit
     */
    public void hitClient(HttpServletRequest request, RateLimit limit) {
        hit(limit, Subject.client(clients.hash(request)));
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
