package org.inkstone.article;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleService;
import org.inkstone.search.IndexSettings;
import org.inkstone.common.SiteMeta;
import org.inkstone.search.IndexedArticle;
import org.inkstone.search.LuceneArticleIndex;
import org.inkstone.search.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Keeps this node's Lucene index equal to the published rows of the database by following the index
 * outbox.
 *
 * <p>{@link #catchUp} applies outbox rows after the position <em>applied in memory</em> (initialised from
 * the position of the last index commit when the index is opened or rebuilt): for each changed article it
 * re-reads the row and indexes it if published (an update by id), deletes it otherwise, then makes the
 * changes searchable with a near-real-time refresh. It does not commit: a durable commit, recording the
 * applied position and the database instance in the commit's user data, is made by {@link #commitIfDue}
 * (from the outbox poll, at most every {@code inkstone.index.commit-interval-ms}), by {@link #commitNow}
 * (at shutdown) and at once after a full {@link #rebuild}. After a crash the index reopens at its last commit
 * and replays the outbox from the position recorded there. Replay is safe because applying a row is
 * idempotent: it never uses what the row said, only the article's current state, and both an update by id
 * and a delete by id leave the same document set however often they are repeated.
 *
 * <p>Gaps. An outbox id is taken when a transaction inserts its row, not when it commits, so a row can become
 * visible after a higher one (two publications committing in the other order). Each id missing below the highest
 * applied one is kept as a <em>gap</em> and re-read by every catch-up ({@link OutboxMapper#listIds}); the row is
 * applied when it appears. A gap still empty after {@code inkstone.index.outbox-gap-wait-ms} (default 60 s) is taken
 * for a rolled-back transaction and passed with a warning in the log. A durable commit records the position below
 * the oldest open gap ({@link #durablePosition()}), so a crash never loses a late row; {@link #appliedPosition()}
 * is the highest id applied (what {@code /api/health} compares with the head). Without this, a row committed after
 * a higher one had been applied was skipped for good, and its article stayed stale in search until a rebuild.
 *
 * <p>Thread safety: applying rows ({@link #catchUp}, the scan of {@link #rebuild}) is serialised on this
 * object, so no row is skipped or applied out of order. Commits are serialised by a separate lock, taken
 * before this object's monitor (never the other way round): the position is read under the monitor, after
 * the rows up to it were given to the writer, and the commit then runs without the monitor, so a catch-up
 * from a request thread never waits for an fsync. A commit may include later rows than the position it
 * records (replayed harmlessly), never fewer. A rebuild holds the commit lock throughout, so no commit
 * records a half-built index. Searches never wait for any of this.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class.getName());
    private static final int BATCH = 500;
    /** Most outbox gaps waited for at once (ids, about 50 bytes each). */
    static final int MAX_GAPS = 10_000;
    /** How many ids below the rebuild's position are checked for gaps (rows in flight when the rebuild read the head). */
    static final int REBUILD_GAP_WINDOW = 1_000;

    /** For the outbox head only ({@link #outboxHead}); catch-ups and rebuilds read through a session of their own. */
    @Inject
    OutboxMapper outbox;

    @Inject
    SearchIndex search;

    @Inject
    SiteMeta siteMeta;

    @Inject
    SqlSessionFactory sessions;

    @Inject
    IndexSettings indexSettings;

    @Resource
    ManagedExecutorService executor;

    @Inject
    jakarta.enterprise.event.Event<ArticleIndexed> indexed;

    /** Monotonic clock in nanoseconds for the commit interval; a seam for tests. */
    LongSupplier nanoClock = System::nanoTime;

    /** Serialises commits and rebuilds; always taken before this object's monitor. */
    private final ReentrantLock commitLock = new ReentrantLock();

    private volatile LuceneArticleIndex index;
    /** Written under this object's monitor; volatile so that {@link #appliedPosition()} never waits for a catch-up. */
    private volatile long appliedPosition = -1;
    // Guarded by this object's monitor:
    private String appliedInstance;
    private boolean uncommitted;
    private boolean rebuildFailed;
    private long lastCommitNanos;
    /** Outbox ids below {@link #appliedPosition} not seen yet → when the gap was first seen ({@link #nanoClock}). */
    private final java.util.TreeMap<Long, Long> gaps = new java.util.TreeMap<>();

    /** Opens the index at {@code inkstone.index.dir}; rebuilds it when new or built from another database, else catches up. */
    public void start() {
        commitLock.lock();
        try {
            synchronized (this) {
                if (index != null) {
                    return;
                }
                LuceneArticleIndex idx = search.open();
                String instance = siteMeta.instanceId();
                if (idx.committedPosition() < 0 || !instance.equals(idx.committedInstance())) {
                    LOG.info("search index at " + indexSettings.dir() + " is new or follows another database: full rebuild");
                    index = idx;
                    rebuild();
                } else {
                    appliedPosition = idx.committedPosition();
                    appliedInstance = idx.committedInstance();
                    lastCommitNanos = nanoClock.getAsLong();
                    index = idx;
                    int applied = catchUp();
                    LOG.info("search index opened at outbox position " + idx.committedPosition() + " after applying "
                            + applied + " outbox rows; " + idx.numDocs() + " documents");
                }
            }
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Applies all outbox rows after the position applied so far and makes them searchable (near-real-time
     * refresh, no commit; with a commit interval of 0 ms it also commits). Returns how many rows were applied.
     * Thread-safe; concurrent calls are serialised.
     */
    public int catchUp() {
        int applied = apply();
        if (applied > 0 && indexSettings.commitInterval().isZero()) {
            commitIfDue();
        }
        return applied;
    }

    /**
     * Applies the outbox ({@link #catchUp}) until row {@code outboxId} is applied, at most {@code max}: for a request
     * that has just committed that row and answers only once its own node's search shows the change. Retries every
     * 10 ms; logs when the row took more than one catch-up (with how long) and when it was not applied in time.
     * Returns whether the row is applied. Thread-safe.
     */
    public boolean catchUpTo(long outboxId, java.time.Duration max) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            catchUp();
            if (isApplied(outboxId)) {
                if (attempt > 1) {
                    LOG.info("outbox row " + outboxId + " applied after " + attempt + " catch-ups, "
                            + (System.nanoTime() - started) / 1_000_000 + " ms after its commit");
                }
                return true;
            }
            if (System.nanoTime() - started >= max.toNanos()) {
                LOG.warning("outbox row " + outboxId + " not applied " + max.toMillis() + " ms after its commit (applied "
                        + appliedPosition + ", gaps " + openGaps() + "); the outbox poll applies it when it appears");
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Whether outbox row {@code id} is applied: at or below the highest applied id and not an open gap. */
    synchronized boolean isApplied(long id) {
        return id <= appliedPosition && !gaps.containsKey(id);
    }

    private synchronized int apply() {
        // Its own session with autocommit on, never the thread's: every read starts a fresh snapshot, whatever
        // session or connection state the calling thread (a request, the scheduler) carries.
        try (SqlSession session = sessions.openSession(true)) {
            return apply(session.getMapper(OutboxMapper.class), session.getMapper(ArticleMapper.class));
        }
    }

    private int apply(OutboxMapper outbox, ArticleMapper articles) {
        long now = nanoClock.getAsLong();
        int applied = 0;
        if (!gaps.isEmpty()) {
            List<Long> open = new ArrayList<>(gaps.keySet());
            for (int from = 0; from < open.size(); from += BATCH) {
                List<OutboxEntry> late = outbox.listIds(open.subList(from, Math.min(open.size(), from + BATCH)));
                if (!late.isEmpty()) {
                    late.forEach(e -> LOG.info("outbox id " + e.getId() + " committed "
                            + (now - gaps.remove(e.getId())) / 1_000_000 + " ms after a higher id was applied: applied now"));
                    applyRows(late, articles);
                    applied += late.size();
                }
            }
            long wait = indexSettings.outboxGapWait().toNanos();
            for (var it = gaps.entrySet().iterator(); it.hasNext(); ) {
                var gap = it.next();
                if (now - gap.getValue() >= wait) {
                    it.remove();
                    LOG.warning("outbox id " + gap.getKey() + " did not appear within " + indexSettings.outboxGapWait().toMillis()
                            + " ms of a higher id: taken for a rolled-back transaction");
                }
            }
        }
        while (true) {
            long position = appliedPosition;
            List<OutboxEntry> rows = outbox.listAfter(position, BATCH);
            if (rows.isEmpty()) {
                break;
            }
            noteGaps(position, rows, now);
            applyRows(rows, articles);
            appliedPosition = rows.get(rows.size() - 1).getId();
            applied += rows.size();
        }
        return applied;
    }

    /**
     * Records as gaps the ids after {@code position} missing from {@code rows} (ascending) below their last id: rows
     * whose transactions have not committed yet, or rolled back. At most {@link #MAX_GAPS} are tracked; a larger
     * jump (ids reserved and never used, e.g. after a bulk insert) is logged and passed at once.
     */
    private void noteGaps(long position, List<OutboxEntry> rows, long now) {
        long expected = position + 1;
        for (OutboxEntry e : rows) {
            long missing = e.getId() - expected;
            if (missing > 0 && gaps.size() + missing <= MAX_GAPS) {
                LOG.info("outbox ids " + expected + ".." + (e.getId() - 1) + " not visible below committed id " + e.getId()
                        + ": waiting for them (transactions still open, or rolled back)");
                for (long id = expected; id < e.getId(); id++) {
                    gaps.put(id, now);
                }
            } else if (missing > 0) {
                LOG.warning("outbox ids " + expected + ".." + (e.getId() - 1) + " missing: more than " + MAX_GAPS
                        + " open gaps, passed without waiting");
            }
            expected = e.getId() + 1;
        }
    }

    /** Applies outbox rows: re-reads their articles, indexes the published ones, deletes the rest, then refreshes. */
    private void applyRows(List<OutboxEntry> rows, ArticleMapper articles) {
        LuceneArticleIndex idx = search.index();
        Set<Long> ids = new LinkedHashSet<>();
        for (OutboxEntry e : rows) {
            ids.add(e.getArticleId());
        }
        Set<Long> missing = new HashSet<>(ids);
        for (Article a : articles.listPublishedForIndex(new ArrayList<>(ids))) {
            idx.upsert(toIndexed(a));
            missing.remove(a.getId());
        }
        for (Long id : missing) {
            idx.delete(id);
        }
        uncommitted = true;
        idx.refresh();
        search.changed();
        if (indexed != null) {
            ids.forEach(id -> indexed.fire(new ArticleIndexed(id)));
        }
    }

    /**
     * The position a durable commit records: every outbox id up to it is applied (or was passed as rolled back),
     * so a replay from it after a crash misses nothing. Below {@link #appliedPosition()} while gaps are open.
     */
    synchronized long durablePosition() {
        return gaps.isEmpty() ? appliedPosition : gaps.firstKey() - 1;
    }

    /** Outbox ids below the applied position not seen yet, ascending (a copy). */
    synchronized List<Long> openGaps() {
        return new ArrayList<>(gaps.keySet());
    }

    /**
     * The highest outbox id applied to the writer (searchable), or -1 before {@link #start}; ids below it may still
     * be open gaps (see the class comment). Never blocks: during a
     * long catch-up it moves batch by batch (500 rows), and during a full rebuild it stays at the position from
     * before the rebuild until the rebuild commits.
     */
    public long appliedPosition() {
        return appliedPosition;
    }

    /** The outbox head: the highest outbox id in the database, 0 when the outbox is empty. One indexed query. */
    public long outboxHead() {
        return outbox.maxId();
    }

    /** Live documents in this node's index (searchable now), or -1 before {@link #start}. */
    public long documents() {
        return index == null ? -1 : index.numDocs();
    }

    /** The outbox poll: applies new rows, then commits when the commit interval has passed. */
    public void poll() {
        catchUp();
        commitIfDue();
    }

    /**
     * Commits the applied rows durably when some are uncommitted and at least
     * {@code inkstone.index.commit-interval-ms} passed since the last commit. Returns whether it committed.
     * Thread-safe.
     */
    public boolean commitIfDue() {
        return commit(false);
    }

    /** Commits the applied rows durably now if any are uncommitted (shutdown). Returns whether it committed. Thread-safe. */
    public boolean commitNow() {
        return commit(true);
    }

    private boolean commit(boolean force) {
        commitLock.lock();
        try {
            long position;
            String instance;
            long now = nanoClock.getAsLong();
            synchronized (this) {
                if (index == null || rebuildFailed || !uncommitted) {
                    return false;
                }
                if (!force && now - lastCommitNanos < indexSettings.commitInterval().toNanos()) {
                    return false;
                }
                position = durablePosition();
                instance = appliedInstance;
                uncommitted = false;
                lastCommitNanos = now;
            }
            try {
                search.index().commit(position, instance);
            } catch (RuntimeException e) {
                synchronized (this) {
                    uncommitted = true;
                }
                throw e;
            }
            return true;
        } finally {
            commitLock.unlock();
        }
    }

    /**
     * Rebuilds the index from every published row, logging progress every 10,000 documents, and commits it at
     * once. The position is read before the scan, so changes made during the rebuild are applied again
     * afterwards. A crash mid-way leaves the previous commit in place; a failure (exception) commits the index
     * marked for a full rebuild at the next start (position -1) and no further commits are made until a rebuild
     * succeeds. Returns the number of documents indexed. Blocks catch-ups and commits while it runs.
     */
    public long rebuild() {
        commitLock.lock();
        try {
            long count;
            synchronized (this) {
                count = rebuildLocked();
            }
            catchUp();
            return count;
        } finally {
            commitLock.unlock();
        }
    }

    private long rebuildLocked() {
        LuceneArticleIndex idx = search.index();
        String instance = siteMeta.instanceId();
        long position;
        long recentFrom;
        List<OutboxEntry> recent;
        long total;
        try (SqlSession session = sessions.openSession(true)) {
            OutboxMapper ob = session.getMapper(OutboxMapper.class);
            position = ob.maxId();
            recentFrom = Math.max(0, position - REBUILD_GAP_WINDOW);
            long head = position;
            recent = ob.listAfter(recentFrom, REBUILD_GAP_WINDOW).stream().filter(e -> e.getId() <= head).toList();
            total = session.getMapper(ArticleMapper.class).countPublished();
        }
        long started = System.nanoTime();
        AtomicLong count = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        rebuildFailed = true; // until the commit below: no interval commit may record a half-built index
        idx.deleteAll();
        // Word segmentation dominates indexing time: one reader streams rows, one worker per core analyses.
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<Article> queue = new ArrayBlockingQueue<>(2_000);
        Article end = new Article();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(executor.submit(() -> {
                for (Article a = take(queue); a != end; a = take(queue)) {
                    if (failure.get() != null) {
                        continue; // keep draining so the reader never blocks
                    }
                    try {
                        idx.add(toIndexed(a));
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                    long n = count.incrementAndGet();
                    if (n % 10_000 == 0) {
                        double s = (System.nanoTime() - started) / 1e9;
                        LOG.info(String.format("reindex: %,d / %,d documents, %.0f docs/s", n, total, n / s));
                    }
                }
            }));
        }
        try {
            forEachPublished(a -> put(queue, a));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            for (int i = 0; i < threads; i++) {
                put(queue, end);
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, new IllegalStateException("reindex interrupted", e));
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, new IllegalStateException(e.getCause()));
                }
            }
        }
        if (failure.get() != null) {
            try {
                idx.commit(-1, instance); // the writer holds a partial index: make the next start rebuild it
            } catch (RuntimeException e) {
                failure.get().addSuppressed(e);
            }
            throw new IllegalStateException("reindex failed; the index is rebuilt at the next start or by the next "
                    + "successful rebuild", failure.get());
        }
        // Ids below the head that were missing when it was read belong to transactions that may commit after the
        // scan read their article: they are gaps, re-read by the next catch-up.
        gaps.clear();
        noteGaps(recentFrom, recent, nanoClock.getAsLong());
        appliedPosition = position;
        idx.commit(durablePosition(), instance);
        appliedInstance = instance;
        uncommitted = false;
        rebuildFailed = false;
        lastCommitNanos = nanoClock.getAsLong();
        search.changed();
        double s = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("reindex done: %,d documents in %.1f s (%.0f docs/s, %d threads)", count.get(), s,
                count.get() / s, threads));
        return count.get();
    }

    private static Article take(BlockingQueue<Article> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void put(BlockingQueue<Article> q, Article a) {
        try {
            q.put(a);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static IndexedArticle toIndexed(Article a) {
        List<String> tags = a.getTagsCsv() == null ? List.of() : Arrays.asList(a.getTagsCsv().split(","));
        return new IndexedArticle(a.getId(), a.getTitle(), a.getBody(), tags, a.getChannelId(), a.getPublishedAt());
    }

    /** Streams every published article with body and tags to {@code sink}, in id order, on one connection. */
    private void forEachPublished(java.util.function.Consumer<Article> sink) {
        try (SqlSession session = sessions.openSession();
             Cursor<Article> cursor = session.getMapper(ArticleMapper.class).streamPublishedForIndex()) {
            for (Article a : cursor) {
                sink.accept(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
