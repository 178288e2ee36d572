package org.inkstone.account;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the application's {@link EndedSessions}: {@link GridEndedSessions} on the cluster's JCache when the
 * server provides one, else {@link LocalEndedSessions} with a warning in the log (log-outs then reach only
 * the node that made them). The JCache cache manager is Payara's, bound at JNDI {@value #JNDI_CACHE_MANAGER}
 * (the cache manager of the Hazelcast member Payara runs; seen on Payara Micro 6.2025.10 clustered and with
 * {@code --nocluster}); on servers without that name, the default provider of
 * {@link Caching#getCachingProvider()} (not tried on Payara with {@code --nohazelcast}: Hazelcast's own
 * provider might then start a separate default member, so keep Hazelcast on for this application).
 * <p>
 * An id is kept for the session timeout ({@link ServletContext#getSessionTimeout()}: web.xml, overridden at
 * start from {@code inkstone.session.timeout-minutes} by {@link SessionCookieSetup}) plus {@link #SLACK}, for
 * a node's copy written back by a request that was running at the moment of the log-out (its idle time
 * starts a little later than the entry's). Thread-safe (a CDI producer; the product is application-scoped).
 */
@ApplicationScoped
public class EndedSessionsProducer {

    /** The cache's name on every node. */
    public static final String CACHE_NAME = "inkstone-ended-sessions";
    /** Payara's JNDI name of the default JCache cache manager (Payara docs, "Using the JCache API"). */
    static final String JNDI_CACHE_MANAGER = "payara/CacheManager";
    /** Added to the session timeout; see the class comment. */
    static final Duration SLACK = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(EndedSessionsProducer.class.getName());

    @Inject
    ServletContext servletContext;

    @Produces
    @ApplicationScoped
    EndedSessions endedSessions() {
        Duration lifetime = Duration.ofMinutes(Math.max(1, servletContext.getSessionTimeout())).plus(SLACK);
        Optional<Found> found = cacheManager();
        if (found.isPresent()) {
            LOG.info(() -> "ended sessions: JCache cache " + CACHE_NAME + " of " + found.get().manager().getURI()
                    + " (" + found.get().source() + "), entries kept " + lifetime.toMinutes() + " min after their last use");
            return new GridEndedSessions(found.get().manager(), CACHE_NAME, lifetime);
        }
        LOG.warning("ended sessions: no JCache provider, kept in this JVM only; with several nodes a log-out"
                + " does not reach the other nodes' copies of the session");
        return new LocalEndedSessions(lifetime, Ticker.systemTicker());
    }

    /** A cache manager and where it came from, for the log. */
    private record Found(CacheManager manager, String source) {
    }

    private static Optional<Found> cacheManager() {
        try {
            if (new InitialContext().lookup(JNDI_CACHE_MANAGER) instanceof CacheManager m) {
                return Optional.of(new Found(m, "JNDI " + JNDI_CACHE_MANAGER));
            }
        } catch (NamingException | RuntimeException | LinkageError notPayara) {
            LOG.log(Level.FINE, "no " + JNDI_CACHE_MANAGER, notPayara);
        }
        try {
            return Optional.of(new Found(Caching.getCachingProvider().getCacheManager(), "default JCache provider"));
        } catch (CacheException | LinkageError none) { // none, or several providers without a default
            LOG.log(Level.FINE, "no default JCache provider", none);
            return Optional.empty();
        }
    }
}
