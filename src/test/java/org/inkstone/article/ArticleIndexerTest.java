package org.inkstone.article;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.inkstone.common.SiteMeta;
import org.inkstone.search.IndexSettings;
import org.inkstone.search.LuceneArticleIndex;
import org.inkstone.search.SearchHits;
import org.inkstone.search.SearchIndex;
import org.inkstone.search.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox follower on a real Lucene index in a temporary directory, with an in-memory stand-in for the
 * outbox and article tables and a hand-driven clock: rows are searchable after a catch-up without a commit,
 * the durable commit waits for the commit interval, a crash (close without commit) replays from the last
 * commit, and a rebuild commits at once.
 */
class ArticleIndexerTest {

    private static final Duration INTERVAL = Duration.ofMillis(1_000);
    private static final String DB = "db-1";

    @TempDir
    Path tmp;

    /** The database: published articles by id, and the outbox. Thread-safe. */
    private final Map<Long, Article> published = new TreeMap<>();
    private final List<OutboxEntry> rows = new ArrayList<>();
    /** The positions {@code listAfter} was asked for, in order. */
    private final List<Long> reads = new CopyOnWriteArrayList<>();
    /** The sessions the indexer opened, in order: "autocommit=true|false" or "default". */
    private final List<String> sessionsOpened = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<LuceneArticleIndex> open = new ArrayList<>();

    @AfterEach
    void tearDown() throws IOException {
        pool.shutdownNow();
        for (LuceneArticleIndex i : open) {
            try {
                i.close();
            } catch (org.apache.lucene.store.AlreadyClosedException ignored) {
                // closed without commit by the test
            }
        }
    }

    // ----- the database stand-in -----

    private synchronized void publish(long id, String title) {
        published.put(id, article(id, title));
        outboxRow(id);
    }

    private static Article article(long id, String title) {
        Article a = new Article();
        a.setId(id);
        a.setTitle(title);
        a.setBody(title + "。正文第" + id + "篇。");
        a.setChannelId("news");
        a.setPublishedAt(Instant.ofEpochSecond(1_700_000_000L + id));
        return a;
    }

    private synchronized void withdraw(long id) {
        published.remove(id);
        outboxRow(id);
    }

    private synchronized void outboxRow(long articleId) {
        OutboxEntry e = new OutboxEntry();
        e.setId(rows.size() + 1);
        e.setArticleId(articleId);
        rows.add(e);
    }

    private synchronized long maxRow() {
        return rows.size();
    }

    /** Outbox ids whose transaction has not committed (invisible to the follower). */
    private final Set<Long> inFlight = new java.util.HashSet<>();

    /**
     * Starts a publication of article {@code id} that takes its outbox id now and commits when the returned action
     * runs: until then neither the row nor the article is visible, as in a database transaction.
     */
    private synchronized Runnable beginPublish(long id, String title) {
        long row = rows.size() + 1;
        outboxRow(id);
        inFlight.add(row);
        return () -> {
            synchronized (this) {
                published.put(id, article(id, title));
                inFlight.remove(row);
            }
        };
    }

    /** Rolls back the in-flight transaction of outbox row {@code row}: the id stays unused. */
    private synchronized void rollBack(long row) {
        inFlight.remove(row);
        rows.set((int) row - 1, null);
    }

    private boolean visible(OutboxEntry r) {
        return r != null && !inFlight.contains(r.getId());
    }

    private synchronized Object outboxCall(String method, Object[] args) {
        switch (method) {
            case "listAfter" -> {
                long after = (Long) args[0];
                reads.add(after);
                return new ArrayList<>(rows.stream().filter(this::visible).filter(r -> r.getId() > after)
                        .limit((Integer) args[1]).toList());
            }
            case "listIds" -> {
                @SuppressWarnings("unchecked")
                List<Long> ids = (List<Long>) args[0];
                return new ArrayList<>(rows.stream().filter(this::visible).filter(r -> ids.contains(r.getId())).toList());
            }
            case "maxId" -> {
                return rows.stream().filter(this::visible).mapToLong(OutboxEntry::getId).max().orElse(0);
            }
            default -> throw new UnsupportedOperationException(method);
        }
    }

    @SuppressWarnings("unchecked")
    private synchronized Object articleCall(String method, Object[] args) {
        switch (method) {
            case "listPublishedForIndex" -> {
                return ((List<Long>) args[0]).stream().filter(published::containsKey).map(published::get).toList();
            }
            case "countPublished" -> {
                return (long) published.size();
            }
            case "streamPublishedForIndex" -> {
                List<Article> all = new ArrayList<>(published.values());
                return proxy(Cursor.class, (m, a) -> switch (m) {
                    case "iterator" -> all.iterator();
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(m);
                });
            }
            default -> throw new UnsupportedOperationException(method);
        }
    }

    private interface Handler {
        Object call(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler h) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> type.getSimpleName() + " stand-in";
                };
            }
            return h.call(m.getName(), args);
        }));
    }

    // ----- the indexer under test -----

    /** An indexer over the index in {@code dir} (opened now), with commit interval {@code interval}; not started. */
    private ArticleIndexer indexer(Path dir, Duration interval) throws IOException {
        return indexer(FSDirectory.open(dir), dir, interval);
    }

    /** An indexer over the index in {@code directory} (opened now); not started. */
    private ArticleIndexer indexer(Directory directory, Path dir, Duration interval) {
        LuceneArticleIndex idx = new LuceneArticleIndex(directory, 16);
        open.add(idx);
        ArticleIndexer x = new ArticleIndexer();
        OutboxMapper outbox = proxy(OutboxMapper.class, this::outboxCall);
        x.outbox = outbox;
        ArticleMapper mapper = proxy(ArticleMapper.class, this::articleCall);
        x.search = new SearchIndex() {
            @Override
            public LuceneArticleIndex open() {
                return idx;
            }

            @Override
            public LuceneArticleIndex index() {
                return idx;
            }
        };
        x.siteMeta = new SiteMeta() {
            @Override
            public String instanceId() {
                return DB;
            }
        };
        SqlSession session = proxy(SqlSession.class, (m, a) -> switch (m) {
            case "getMapper" -> a[0] == OutboxMapper.class ? outbox : mapper;
            case "close" -> null;
            default -> throw new UnsupportedOperationException(m);
        });
        x.sessions = proxy(SqlSessionFactory.class, (m, a) -> {
            if (m.equals("openSession") && (a == null || a.length == 0 || a[0] instanceof Boolean)) {
                sessionsOpened.add(a == null || a.length == 0 ? "default" : "autocommit=" + a[0]);
                return session;
            }
            throw new UnsupportedOperationException(m);
        });
        x.executor = proxy(ManagedExecutorService.class, (m, a) -> {
            try {
                return ExecutorService.class.getMethod(m, types(a)).invoke(pool, a);
            } catch (InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        });
        x.indexSettings = new IndexSettings(dir, 16, interval);
        x.nanoClock = nanos::get;
        return x;
    }

    private static Class<?>[] types(Object[] args) {
        // The rebuild submits Runnables only.
        return args == null ? new Class<?>[0] : new Class<?>[] {Runnable.class};
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private static List<Long> find(LuceneArticleIndex idx, String text) {
        SearchHits hits = idx.search(new SearchQuery(text, null, null, null, 1, 10));
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }

    // ----- tests -----

    @Test
    void aCatchUpMakesNewRowsSearchableWithoutACommit() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        LuceneArticleIndex idx = x.search.index();
        assertEquals(0, idx.committedPosition(), "the rebuild of an empty database commits position 0");

        publish(1, "连云港市妇联助力乡村振兴");
        sessionsOpened.clear();
        assertEquals(1, x.catchUp());
        assertEquals(List.of("autocommit=true"), sessionsOpened,
                "a catch-up reads through one session of its own with autocommit on, never the calling thread's");

        assertEquals(List.of(1L), find(idx, "乡村振兴"));
        assertEquals(1, x.appliedPosition());
        assertEquals(0, idx.committedPosition(), "no commit by the catch-up");

        withdraw(1);
        assertEquals(1, x.catchUp());
        assertEquals(List.of(), find(idx, "乡村振兴"));
        assertEquals(2, x.appliedPosition());
        assertEquals(0, idx.committedPosition());
    }

    @Test
    void theCommittedPositionMovesOnlyOnceTheIntervalHasPassed() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        LuceneArticleIndex idx = x.search.index();
        publish(1, "湖人加时击败国王");
        publish(2, "基金产品在工行上线");

        advance(Duration.ofMillis(999));
        x.poll();
        assertEquals(List.of(1L), find(idx, "湖人"));
        assertEquals(0, idx.committedPosition(), "999 ms after the last commit");

        advance(Duration.ofMillis(1));
        x.poll();
        assertEquals(2, idx.committedPosition(), "1,000 ms after the last commit");
        assertEquals(DB, idx.committedInstance());

        publish(3, "新款手机发布");
        advance(Duration.ofMillis(500));
        x.poll();
        assertEquals(2, idx.committedPosition());
        assertFalse(x.commitIfDue());
        advance(Duration.ofMillis(500));
        assertTrue(x.commitIfDue());
        assertEquals(3, idx.committedPosition());

        advance(Duration.ofMillis(5_000));
        assertFalse(x.commitIfDue(), "nothing applied since the last commit");
        assertEquals(3, idx.committedPosition());
    }

    @Test
    void commitNowCommitsBeforeTheIntervalAndAZeroIntervalCommitsEachCatchUp() throws IOException {
        ArticleIndexer x = indexer(tmp.resolve("a"), INTERVAL);
        x.start();
        publish(1, "电影票房创新高");
        x.catchUp();
        assertTrue(x.commitNow());
        assertEquals(1, x.search.index().committedPosition());
        assertFalse(x.commitNow(), "nothing left to commit");

        ArticleIndexer eager = indexer(tmp.resolve("b"), Duration.ZERO);
        eager.start();
        assertEquals(1, eager.search.index().committedPosition(), "rebuilt at start");
        publish(2, "高考报名开始");
        eager.catchUp();
        assertEquals(2, eager.search.index().committedPosition());
    }

    @Test
    void afterACrashTheIndexReplaysFromItsLastCommitAndEndsEqual() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        publish(1, "连云港市妇联助力乡村振兴");
        publish(2, "湖人加时击败国王");
        publish(3, "基金产品在工行上线");
        advance(INTERVAL);
        x.poll();
        LuceneArticleIndex before = x.search.index();
        assertEquals(3, before.committedPosition());

        publish(4, "新款手机发布");
        withdraw(2);
        publish(3, "基金产品在农行上线"); // a correction
        x.catchUp();
        assertEquals(Set.of(1L, 3L, 4L), before.allIds());
        assertEquals(List.of(3L), find(before, "农行"));
        assertEquals(3, before.committedPosition(), "rows 4-6 applied, not committed");
        before.closeWithoutCommit(); // the crash

        reads.clear();
        ArticleIndexer after = indexer(tmp, INTERVAL);
        after.start();
        LuceneArticleIndex idx = after.search.index();
        assertEquals(3L, reads.get(0), "replay starts at the committed position");
        assertEquals(6, after.appliedPosition());
        assertEquals(Set.of(1L, 3L, 4L), idx.allIds());
        assertEquals(List.of(3L), find(idx, "农行"));
        assertEquals(List.of(), find(idx, "工行"));
        assertEquals(List.of(), find(idx, "湖人"));

        // Equal to an index that replays the whole outbox from position 0.
        Path fresh = tmp.resolve("fresh");
        try (LuceneArticleIndex empty = new LuceneArticleIndex(FSDirectory.open(fresh), 16)) {
            empty.commit(0, DB);
        }
        reads.clear();
        ArticleIndexer replay = indexer(fresh, INTERVAL);
        replay.start();
        assertEquals(0L, reads.get(0));
        assertEquals(idx.allIds(), replay.search.index().allIds());
        assertEquals(find(idx, "上线"), find(replay.search.index(), "上线"));
    }

    @Test
    void replayingRowsAlreadyInTheIndexIsIdempotent() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        publish(1, "湖人加时击败国王");
        publish(2, "基金产品在工行上线");
        withdraw(2);
        publish(1, "湖人加时险胜国王");
        x.catchUp();
        LuceneArticleIndex idx = x.search.index();
        Set<Long> once = idx.allIds();
        int docs = idx.numDocs();

        // The same rows applied a second time, as after a crash whose commit was older than the writer's contents.
        for (long id : List.of(1L, 2L, 2L, 1L)) {
            Article a = published.get(id);
            if (a == null) {
                idx.delete(id);
            } else {
                idx.upsert(ArticleIndexer.toIndexed(a));
            }
        }
        idx.refresh();
        assertEquals(Set.of(1L), once);
        assertEquals(once, idx.allIds());
        assertEquals(1, docs);
        assertEquals(1, idx.numDocs());
        assertEquals(List.of(1L), find(idx, "险胜"));
    }

    @Test
    void aRebuildCommitsAtOnce() throws IOException {
        publish(1, "连云港市妇联助力乡村振兴");
        publish(2, "湖人加时击败国王");
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start(); // a new index: full rebuild
        LuceneArticleIndex idx = x.search.index();
        assertEquals(2, idx.committedPosition());
        assertEquals(DB, idx.committedInstance());
        assertEquals(Set.of(1L, 2L), idx.allIds());

        publish(3, "基金产品在工行上线");
        withdraw(1);
        assertEquals(2, x.rebuild(), "documents indexed");
        assertEquals(4, idx.committedPosition(), "no clock advance needed");
        assertEquals(4, x.appliedPosition());
        assertEquals(Set.of(2L, 3L), idx.allIds());
        assertFalse(x.commitIfDue(), "nothing uncommitted after the rebuild");
    }

    @Test
    void concurrentCatchUpsAndCommitsSkipNoRowAndNeverCommitAheadOfTheWriter() throws Exception {
        // In memory: a commit per catch-up on disk costs an fsync each (200 here).
        ArticleIndexer x = indexer(new ByteBuffersDirectory(), tmp, Duration.ZERO);
        x.start();
        LuceneArticleIndex idx = x.search.index();
        List<Future<?>> tasks = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(callers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        long id = thread * 100L + i % 10;
                        if (i % 7 == 6) {
                            withdraw(id);
                        } else {
                            publish(id, "标题" + id + "第" + i + "版");
                        }
                        if (thread % 2 == 0) {
                            x.catchUp(); // a request thread
                        } else {
                            x.poll(); // the poller
                        }
                        long committed = idx.committedPosition();
                        assertTrue(committed <= x.appliedPosition(), committed + " committed, applied less");
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        x.poll();
        assertEquals(maxRow(), x.appliedPosition());
        assertEquals(maxRow(), idx.committedPosition());
        Set<Long> expected;
        synchronized (this) {
            expected = Set.copyOf(published.keySet());
        }
        assertEquals(expected, idx.allIds());
    }

    // ----- outbox ids that commit out of order -----

    /**
     * Article 1 published (outbox id 1), article 2 in its publishing transaction (id 2, invisible), article 3
     * published after it (id 3, committed first). Returns the commit of article 2's transaction.
     */
    private Runnable rowTwoStillInItsTransaction() {
        publish(1, "连云港市妇联助力乡村振兴");
        Runnable commit = beginPublish(2, "更正后的新标题");
        publish(3, "湖人加时击败国王");
        return commit;
    }

    @Test
    void aRowCommittedAfterAHigherOneIsStillApplied() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        LuceneArticleIndex idx = x.search.index();
        Runnable slow = rowTwoStillInItsTransaction();

        assertEquals(2, x.catchUp());
        assertEquals(3, x.appliedPosition());
        assertEquals(List.of(2L), x.openGaps());
        assertEquals(1, x.durablePosition());
        assertEquals(List.of(), find(idx, "新标题"));
        advance(INTERVAL);
        x.poll();
        assertEquals(1, idx.committedPosition(), "a commit records the position below the open gap");

        slow.run();
        assertEquals(1, x.catchUp(), "the late row is read by its id");
        assertEquals(List.of(2L), find(idx, "新标题"));
        assertEquals(List.of(), x.openGaps());
        assertEquals(3, x.durablePosition());
        advance(INTERVAL);
        x.poll();
        assertEquals(3, idx.committedPosition());
    }

    @Test
    void aGapStillEmptyAfterTheWaitIsTakenForARollback() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        rowTwoStillInItsTransaction();
        x.catchUp();
        rollBack(2);

        advance(IndexSettings.DEFAULT_OUTBOX_GAP_WAIT.minusMillis(1));
        x.catchUp();
        assertEquals(List.of(2L), x.openGaps(), "still waited for 1 ms before the wait ends");
        assertEquals(1, x.durablePosition());
        advance(Duration.ofMillis(1));
        x.catchUp();
        assertEquals(List.of(), x.openGaps());
        assertEquals(3, x.durablePosition());
        x.commitNow();
        assertEquals(3, x.search.index().committedPosition());
    }

    @Test
    void aCrashWithAnOpenGapReplaysTheLateRow() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        Runnable slow = rowTwoStillInItsTransaction();
        x.catchUp();
        x.commitNow();
        LuceneArticleIndex before = x.search.index();
        assertEquals(1, before.committedPosition());
        before.closeWithoutCommit(); // the crash, while row 2 is still in its transaction

        slow.run();
        reads.clear();
        ArticleIndexer after = indexer(tmp, INTERVAL);
        after.start();
        assertEquals(1L, reads.get(0), "replay starts below the gap");
        assertEquals(Set.of(1L, 2L, 3L), after.search.index().allIds());
        assertEquals(List.of(), after.openGaps());
    }

    @Test
    void aRowInItsTransactionDuringARebuildIsAppliedWhenItCommits() throws IOException {
        Runnable slow = rowTwoStillInItsTransaction();
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start(); // a new index: full rebuild at head 3 while row 2 is invisible
        LuceneArticleIndex idx = x.search.index();
        assertEquals(Set.of(1L, 3L), idx.allIds());
        assertEquals(List.of(2L), x.openGaps());
        assertEquals(1, idx.committedPosition(), "the rebuild commits the position below the gap");

        slow.run();
        x.catchUp();
        assertEquals(Set.of(1L, 2L, 3L), idx.allIds());
        assertEquals(3, x.durablePosition());
    }

    @Test
    void moreGapsThanTheLimitArePassedAtOnce() throws IOException {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        for (int i = 0; i <= ArticleIndexer.MAX_GAPS; i++) {
            outboxRow(99);
            rollBack(maxRow());
        }
        publish(1, "连云港市妇联助力乡村振兴");
        x.catchUp();
        assertEquals(List.of(), x.openGaps(), ArticleIndexer.MAX_GAPS + 1 + " missing ids: passed, not waited for");
        assertEquals(maxRow(), x.durablePosition());
        assertEquals(List.of(1L), find(x.search.index(), "乡村振兴"));
    }

    @Test
    void catchUpToWaitsForARowThatCommitsLater() throws Exception {
        ArticleIndexer x = indexer(tmp, INTERVAL);
        x.start();
        Runnable slow = rowTwoStillInItsTransaction();
        Future<?> commit = pool.submit(() -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slow.run();
        });
        assertTrue(x.catchUpTo(2, Duration.ofSeconds(5)));
        commit.get();
        assertEquals(List.of(2L), find(x.search.index(), "新标题"));
        assertTrue(x.catchUpTo(3, Duration.ZERO), "already applied: no wait");
        assertFalse(x.catchUpTo(4, Duration.ofMillis(50)), "a row that never appears: false after the wait");
    }
}
