package org.inkstone.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Objects;

/**
 * {@link EndedSessions} in this JVM only (a Caffeine cache): right for a single node, where invalidating the
 * session already ends it and this is only belt and braces; the fallback {@link EndedSessionsProducer} logs
 * when no JCache provider is present; and the unit tests. Not enough for two nodes: the other node never
 * hears of the end. An id is kept for {@code lifetime} after it was ended or last asked about (access expiry,
 * as the grid's touched expiry). Thread-safe.
 */
public final class LocalEndedSessions implements EndedSessions {

    private final Cache<String, Boolean> ended;

    /**
     * @param lifetime how long an id is kept after its last use; positive (the session timeout)
     * @param ticker   the clock, in nanoseconds ({@link Ticker#systemTicker()} outside tests)
     */
    public LocalEndedSessions(Duration lifetime, Ticker ticker) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        this.ended = Caffeine.newBuilder().expireAfterAccess(lifetime).ticker(Objects.requireNonNull(ticker)).build();
    }

    @Override
    public void end(String sessionId) {
        ended.put(Objects.requireNonNull(sessionId), Boolean.TRUE);
    }

    @Override
    public boolean isEnded(String sessionId) {
        return ended.getIfPresent(Objects.requireNonNull(sessionId)) != null;
    }
}
