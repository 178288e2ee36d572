package org.inkstone.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A single background worker over a queue of article ids that coalesces: an id added again before the worker
 * took it is queued once, and the worker takes everything queued as one batch (first-added order). At most one
 * drain task runs at a time, on {@code executor}; {@link #add} never blocks and never runs the work on the
 * caller's thread (unless the executor does). A failing batch is logged and dropped: its ids are handled again
 * at their next change. Thread-safe.
 */
final class CoalescingWorker {

    private static final Logger LOG = Logger.getLogger(CoalescingWorker.class.getName());

    private final Executor executor;
    private final Consumer<List<Long>> work;
    private final Set<Long> pending = new LinkedHashSet<>(); // guarded by this
    private boolean draining; // guarded by this

    CoalescingWorker(Executor executor, Consumer<List<Long>> work) {
        this.executor = executor;
        this.work = work;
    }

    /** Queues {@code id}; starts the drain task unless it is running. */
    void add(long id) {
        synchronized (this) {
            pending.add(id);
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) { // shutting down: keep the ids for a later add
            synchronized (this) {
                draining = false;
            }
            LOG.warning("related-list updates not started (executor refused): " + e);
        }
    }

    /** Ids queued and not yet taken, in order (for tests and status). */
    synchronized List<Long> pending() {
        return new ArrayList<>(pending);
    }

    private void drain() {
        while (true) {
            List<Long> batch;
            synchronized (this) {
                if (pending.isEmpty()) {
                    draining = false;
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
            }
            try {
                work.accept(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "related-list update of " + batch + " failed; retried at their next change", e);
            }
        }
    }
}
