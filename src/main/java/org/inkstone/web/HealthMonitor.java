package org.inkstone.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleIndexer;
import org.inkstone.article.ArticleSettings;
import org.inkstone.article.IndexFreshness;
import org.inkstone.common.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's health ({@link Health}), evaluated in the background every
 * {@value IndexFreshness#EVALUATION_INTERVAL_MS} ms and never per request: {@code GET /api/health} shows the
 * last evaluation and the readiness gate ({@link ReadinessGate}) reads it with one volatile read.
 *
 * <p>One evaluation: a probe (a pooled connection, {@code Connection.isValid(1)}, the outbox head) runs on the
 * managed executor and is awaited for at most {@link #DATABASE_TIMEOUT}; a probe still running then makes the
 * evaluation "database down, timeout", and no second probe starts until it ends, so a frozen database never
 * piles up probes. Then {@link IndexFreshness} judges the index from the applied position (read without a lock)
 * and the head.
 *
 * <p>Where it runs: a loop on the managed executor ({@code ManagedExecutorService}), not on the managed
 * scheduled executor of {@link Startup}. Payara's default scheduled executor ({@code core-pool-size} 0, which its
 * {@code ScheduledThreadPoolExecutor} raises to 1) runs every periodic task of the application on one thread,
 * so a view flush waiting for a row lock (a comment post holds its article's row while it waits for a locked
 * {@code comment} table) would stop the evaluations and freeze the last verdict. {@link Startup} evaluates once
 * before the node serves ({@link #start}), so a node that came up with its database and a caught-up index takes
 * requests from its first one.
 *
 * <p>Thread-safe: evaluations are serialised on this object; the result is published through a volatile field.
 */
@ApplicationScoped
public class HealthMonitor {

    private static final Logger LOG = Logger.getLogger(HealthMonitor.class.getName());

    /** The longest an evaluation waits for the database probe. */
    static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    Database database;

    @Inject
    ArticleIndexer indexer;

    @Inject
    ArticleSettings articleSettings;

    @Inject
    HealthSettings healthSettings;

    @Resource
    ManagedExecutorService executor;

    private record Evaluated(Health health, long atNanos) {
    }

    private record Probe(boolean up, long ms, String error, long head) {
    }

    private volatile Evaluated last;
    private volatile boolean running;
    private Future<?> loop;
    // Guarded by this object's monitor:
    private IndexFreshness freshness;
    private Future<Probe> probe;
    private long probeStarted;

    /** Whether the last evaluation found this node ready; false before the first. One volatile read. */
    public boolean ready() {
        Evaluated e = last;
        return e != null && e.health().up();
    }

    /** The last evaluation with its age; {@link Health#starting} before the first. */
    public Health health() {
        Evaluated e = last;
        if (e == null) {
            return Health.starting(allowance().toMillis());
        }
        return e.health().aged((System.nanoTime() - e.atNanos()) / 1_000_000);
    }

    private Duration allowance() {
        return articleSettings.indexPollInterval().plus(healthSettings.indexGrace());
    }

    /** Evaluates once now (the caller waits, at most {@link #DATABASE_TIMEOUT}), then keeps evaluating in the background. */
    public synchronized void start() {
        if (running) {
            return;
        }
        evaluate();
        running = true;
        loop = executor.submit(this::run);
        LOG.info("health: " + describe(last.health()));
    }

    /** Stops the background evaluations (undeployment). */
    public synchronized void stop() {
        running = false;
        if (loop != null) {
            loop.cancel(true);
        }
        if (probe != null) {
            probe.cancel(true);
        }
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            try {
                evaluate();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "health evaluation failed; will retry", e);
            }
            long sleep = IndexFreshness.EVALUATION_INTERVAL_MS - (System.nanoTime() - started) / 1_000_000;
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return; // stopped
                }
            }
        }
    }

    /** One evaluation; publishes its result. */
    synchronized void evaluate() {
        if (freshness == null) {
            freshness = new IndexFreshness(articleSettings.indexPollInterval(), healthSettings.indexGrace());
        }
        long now = System.nanoTime();
        if (probe == null) {
            probe = executor.submit(this::probe);
            probeStarted = now;
        }
        Health.Database db;
        Long head = null;
        try {
            Probe p = probe.get(Math.max(0, DATABASE_TIMEOUT.toNanos() - (now - probeStarted)), TimeUnit.NANOSECONDS);
            probe = null;
            db = new Health.Database(p.up(), p.ms(), p.error());
            head = p.up() ? p.head() : null;
        } catch (TimeoutException e) {
            db = new Health.Database(false, (System.nanoTime() - probeStarted) / 1_000_000, "timeout");
        } catch (ExecutionException e) {
            probe = null;
            LOG.log(Level.WARNING, "health probe failed", e.getCause());
            db = new Health.Database(false, (System.nanoTime() - probeStarted) / 1_000_000, "error");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        IndexFreshness.Verdict verdict = freshness.observe(indexer.appliedPosition(), head, System.nanoTime());
        long documents;
        try {
            documents = indexer.documents();
        } catch (RuntimeException e) {
            documents = -1;
        }
        Health h = Health.of(db, verdict, allowance().toMillis(), documents);
        Evaluated previous = last;
        last = new Evaluated(h, System.nanoTime());
        if (previous != null && previous.health().up() != h.up()) {
            if (h.up()) {
                LOG.info("health: " + describe(h));
            } else {
                LOG.warning("health: " + describe(h));
            }
        }
    }

    private static String describe(Health h) {
        return h.up() ? "up, ready for requests (database " + h.database().ms() + " ms, index at outbox position "
                + h.index().applied() + ")"
                : "down (" + String.join(", ", h.down()) + "): refusing requests with 503; database "
                + (h.database().up() ? "up" : h.database().error()) + ", index applied " + h.index().applied()
                + " of head " + h.index().head() + ", lag " + h.index().lagMs() + " ms";
    }

    /** The database half of an evaluation; never throws. */
    private Probe probe() {
        long started = System.nanoTime();
        try {
            try (Connection c = database.dataSource().getConnection()) {
                if (!c.isValid(1)) {
                    return new Probe(false, (System.nanoTime() - started) / 1_000_000, "error", 0);
                }
            }
            long head = indexer.outboxHead();
            return new Probe(true, (System.nanoTime() - started) / 1_000_000, null, head);
        } catch (SQLException | RuntimeException e) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            Evaluated e0 = last;
            if (e0 == null || e0.health().database().up()) { // once per outage, not every half second
                LOG.warning("health: database check failed after " + ms + " ms: " + e);
            }
            return new Probe(false, ms, "error", 0);
        }
    }
}
