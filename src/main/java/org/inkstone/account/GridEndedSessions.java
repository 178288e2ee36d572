package org.inkstone.account;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.TouchedExpiryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link EndedSessions} in a cluster-wide JCache cache (on Payara: a Hazelcast cache of the data grid the
 * nodes form, the same grid that replicates the sessions), so a log-out on one node reaches every node's copy
 * of the session. Keys are session ids, values {@code Boolean.TRUE}; each entry expires {@code lifetime} after
 * it was written or last read (JCache {@link TouchedExpiryPolicy}), so an id that keeps being replayed stays
 * ended and the cache holds at most the sessions ended within one session timeout (about 100 bytes each).
 * <p>
 * The cache is opened at first use, not at construction, and again after a failed open (a grid that is still
 * starting or has just lost a member): every node creates it with the same configuration; when two nodes
 * create it at the same moment, the loser's {@link CacheException} is answered by looking it up again.
 * A grid failure surfaces as a runtime exception from {@link #end} or {@link #isEnded}: the mechanism then
 * leaves the request anonymous (fails closed), and a log-out still invalidates its own node's copy.
 * Thread-safe (the opened cache is published through a volatile field; JCache caches are thread-safe).
 */
public final class GridEndedSessions implements EndedSessions {

    private final CacheManager manager;
    private final String name;
    private final Duration lifetime;
    private volatile Cache<String, Boolean> cache;

    /**
     * @param manager  the JCache cache manager of the cluster (Payara: JNDI {@code payara/CacheManager})
     * @param name     the cache's name, the same on every node
     * @param lifetime how long an id is kept after it was written or last read; whole seconds, at least one
     */
    public GridEndedSessions(CacheManager manager, String name, Duration lifetime) {
        if (lifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("lifetime under one second: " + lifetime);
        }
        this.manager = Objects.requireNonNull(manager);
        this.name = Objects.requireNonNull(name);
        this.lifetime = lifetime;
    }

    @Override
    public void end(String sessionId) {
        cache().put(Objects.requireNonNull(sessionId), Boolean.TRUE);
    }

    @Override
    public boolean isEnded(String sessionId) {
        // get, not containsKey: JCache counts only reads as accesses for a touched expiry
        return cache().get(Objects.requireNonNull(sessionId)) != null;
    }

    private Cache<String, Boolean> cache() {
        Cache<String, Boolean> c = cache;
        if (c == null) {
            synchronized (this) {
                c = cache;
                if (c == null) {
                    c = open();
                    cache = c;
                }
            }
        }
        return c;
    }

    /** Looks the cache up, creating it if no node has yet; race-safe across nodes. */
    private Cache<String, Boolean> open() {
        Cache<String, Boolean> c = manager.getCache(name);
        if (c != null) {
            return c;
        }
        // No setTypes: JCache 1.0 providers refuse an untyped getCache of a typed cache.
        MutableConfiguration<String, Boolean> config = new MutableConfiguration<String, Boolean>()
                .setStoreByValue(true)
                .setStatisticsEnabled(false)
                .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, lifetime.getSeconds())));
        try {
            return manager.createCache(name, config);
        } catch (CacheException createdMeanwhile) {
            c = manager.getCache(name);
            if (c == null) {
                throw createdMeanwhile;
            }
            return c;
        }
    }
}
