package org.inkstone.article;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The full recompute of related lists: a background job that computes and stores the list of every published
 * article (e.g. after an import, or after the MoreLikeThis query changed). At most one job runs per node;
 * starting while one runs returns the running job's status. The ids are read first (a keyset walk, 8 bytes each:
 * 0.8 MB at 100,000 articles), then one thread per core takes them in turn (MoreLikeThis only reads through one
 * searcher, so the calls run in parallel; Lucene's {@code IndexSearcher} is thread-safe). A progress line with
 * the rate and the estimated time left is logged every {@value #LOG_EVERY} lists. A list that fails is logged
 * (the first {@value #LOG_FAILURES}), counted and skipped. Thread-safe.
 */
@ApplicationScoped
public class RelatedRecompute {

    private static final Logger LOG = Logger.getLogger(RelatedRecompute.class.getName());
    static final int LOG_EVERY = 5_000;
    private static final int LOG_FAILURES = 10;
    private static final int PAGE = 10_000;

    /**
     * A job's state. {@code done} counts lists handled (stored or failed) of {@code total} published articles
     * ({@code total} is 0 until the ids are read); times are null until the job starts / finishes;
     * {@code listsPerSecond} is {@code done} over the wall time so far (0 before the first second's work).
     */
    public record Status(boolean running, long done, long total, long failed, Instant startedAt, Instant finishedAt,
                         double listsPerSecond) {
    }

    /** Whether {@link #start} started a job (false: one was running), and the job's status. */
    public record Start(boolean started, Status status) {
    }

    /** Pages of published article ids above an id, ascending. */
    interface IdPages {
        List<Long> after(long afterId, int limit);
    }

    @Inject
    RelatedLists lists;

    @Inject
    SqlRelatedStore store;

    @Resource
    ManagedThreadFactory threads;

    // Seams for tests; null means the production wiring above.
    IdPages pages;
    LongConsumer compute;
    ThreadFactory threadFactory;
    int parallelism = Runtime.getRuntime().availableProcessors();
    Clock clock = Clock.systemUTC();

    private final Object lock = new Object();
    private boolean running; // guarded by lock
    private Instant startedAt; // guarded by lock
    private Instant finishedAt; // guarded by lock
    private long startedNanos; // guarded by lock
    private long finishedNanos; // guarded by lock
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** Starts a job unless one is running; returns at once. */
    public Start start() {
        synchronized (lock) {
            if (running) {
                return new Start(false, status());
            }
            running = true;
            done.set(0);
            failed.set(0);
            total.set(0);
            startedAt = clock.instant();
            startedNanos = System.nanoTime();
            finishedAt = null;
            Thread t = factory().newThread(this::run);
            t.setName("related-recompute");
            t.start();
            return new Start(true, status());
        }
    }

    /** The running or last job's status (all zero and null before the first job). */
    public Status status() {
        synchronized (lock) {
            long d = done.get();
            double seconds = startedAt == null ? 0 : ((running ? System.nanoTime() : finishedNanos) - startedNanos) / 1e9;
            return new Status(running, d, total.get(), failed.get(), startedAt, finishedAt, seconds > 0 ? d / seconds : 0);
        }
    }

    private ThreadFactory factory() {
        if (threadFactory != null) {
            return threadFactory;
        }
        return threads != null ? threads : Executors.defaultThreadFactory();
    }

    private void run() {
        long t0 = System.nanoTime();
        try {
            long[] ids = readIds();
            total.set(ids.length);
            LOG.info(String.format("related recompute: %,d published articles, %d threads", ids.length, parallelism));
            LongConsumer one = compute != null ? compute : lists::store;
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(parallelism, factory());
            for (int i = 0; i < parallelism; i++) {
                pool.execute(() -> {
                    for (int k = next.getAndIncrement(); k < ids.length; k = next.getAndIncrement()) {
                        try {
                            one.accept(ids[k]);
                        } catch (RuntimeException e) {
                            if (failed.incrementAndGet() <= LOG_FAILURES) {
                                LOG.log(Level.WARNING, "related recompute: list of " + ids[k] + " failed", e);
                            }
                        }
                        long d = done.incrementAndGet();
                        if (d % LOG_EVERY == 0) {
                            double s = (System.nanoTime() - t0) / 1e9;
                            double rate = d / s;
                            LOG.info(String.format("related recompute: %,d / %,d lists, %.0f lists/s, ETA %s", d, ids.length,
                                    rate, Duration.ofSeconds(Math.round((ids.length - d) / rate))));
                        }
                    }
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: the workers end when the ids do
            }
            double s = (System.nanoTime() - t0) / 1e9;
            LOG.info(String.format("related recompute done: %,d lists in %.1f s (%.0f lists/s), %,d failed", done.get(), s,
                    done.get() / s, failed.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("related recompute interrupted after " + done.get() + " lists");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "related recompute failed after " + done.get() + " lists", e);
        } finally {
            synchronized (lock) {
                running = false;
                finishedAt = clock.instant();
                finishedNanos = System.nanoTime();
            }
        }
    }

    private long[] readIds() {
        IdPages p = pages != null ? pages : store::publishedIdsAfter;
        List<Long> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Long> page = p.after(after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }
}
