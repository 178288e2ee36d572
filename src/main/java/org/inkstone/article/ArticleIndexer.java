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
import java.util.logging.Logger;

/**
 * Keeps this node's Lucene index equal to the published rows of the database by following the index
 * outbox. {@link #catchUp} applies outbox rows after the position stored in the last index commit: for
 * each changed article it re-reads the row and indexes it if published, deletes it otherwise (idempotent,
 * so replaying after a crash is safe), then commits the new position. A full {@link #rebuild} reindexes
 * every published row, analysing on one thread per core. Both are serialised on this object; searches
 * never wait for them.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class.getName());
    private static final int BATCH = 500;

    @Inject
    OutboxMapper outbox;

    @Inject
    ArticleMapper articles;

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

    private volatile LuceneArticleIndex index;

    /** Opens the index at {@code inkstone.index.dir}; rebuilds it when new or built from another database, else catches up. */
    public synchronized void start() {
        if (index != null) {
            return;
        }
        index = search.open();
        String instance = siteMeta.instanceId();
        if (index.committedPosition() < 0 || !instance.equals(index.committedInstance())) {
            LOG.info("search index at " + indexSettings.dir() + " is new or follows another database: full rebuild");
            rebuild();
        } else {
            int applied = catchUp();
            LOG.info("search index opened at outbox position " + index.committedPosition() + " after applying "
                    + applied + " outbox rows; " + index.numDocs() + " documents");
        }
    }

    /** Applies all outbox rows after the committed position. Returns how many rows were applied. */
    public synchronized int catchUp() {
        LuceneArticleIndex idx = search.index();
        String instance = idx.committedInstance();
        long position = idx.committedPosition();
        int applied = 0;
        while (true) {
            List<OutboxEntry> rows = outbox.listAfter(position, BATCH);
            if (rows.isEmpty()) {
                break;
            }
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
            position = rows.get(rows.size() - 1).getId();
            idx.commit(position, instance);
            search.changed();
            applied += rows.size();
            if (indexed != null) {
                ids.forEach(id -> indexed.fire(new ArticleIndexed(id)));
            }
        }
        return applied;
    }

    /**
     * Rebuilds the index from every published row, logging progress every 10,000 documents. The position
     * is read before the scan, so changes made during the rebuild are applied again afterwards. A crash
     * mid-way leaves the previous commit in place. Returns the number of documents indexed.
     */
    public synchronized long rebuild() {
        LuceneArticleIndex idx = search.index();
        String instance = siteMeta.instanceId();
        long position = outbox.maxId();
        long total = articles.countPublished();
        long started = System.nanoTime();
        AtomicLong count = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
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
        } finally {
            for (int i = 0; i < threads; i++) {
                put(queue, end);
            }
            for (Future<?> w : workers) {
                try {
                    w.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("reindex interrupted", e);
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, new IllegalStateException(e.getCause()));
                }
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("reindex failed; the index keeps its last commit until a rebuild succeeds",
                    failure.get());
        }
        idx.commit(position, instance);
        search.changed();
        double s = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("reindex done: %,d documents in %.1f s (%.0f docs/s, %d threads)", count.get(), s,
                count.get() / s, threads));
        catchUp();
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
