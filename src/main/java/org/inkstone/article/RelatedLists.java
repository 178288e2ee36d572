package org.inkstone.article;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Stored related lists (相关文章) on this node: the article page reads them ({@link #ids}), and every change this
 * node's index applies updates them in the background (rules: {@link RelatedUpdates}).
 *
 * <p>Updates: {@link ArticleIndexed} (fired by {@link ArticleIndexer} after the near-real-time refresh that made a
 * publication, correction or withdrawal searchable, on every node) only queues the article id; one background
 * thread of this node (from the container's {@code ManagedThreadFactory}) takes everything queued as one batch,
 * so an id changed twice before it runs is handled once. Every node does the same work for the same change;
 * the stored results are the same (see {@link RelatedUpdates}), the cost is once per node. With the outbox
 * poll of {@code inkstone.index.poll-interval-ms} (1 s) and about 0.25 s of MoreLikeThis per publication at
 * 100,000 articles, a publication reaches its neighbours' lists well within 5 s of its publish response.
 *
 * <p>Memory: no cache; a page reads its stored list (one primary-key query) and re-checks its entries as
 * published ({@link ArticleService#items}). Thread-safe.
 */
@ApplicationScoped
public class RelatedLists {

    private static final Logger LOG = Logger.getLogger(RelatedLists.class.getName());

    @Inject
    RelatedSource source;

    @Inject
    SqlRelatedStore store;

    @Inject
    ArticleSettings settings;

    @Resource
    ManagedThreadFactory threads;

    private volatile RelatedUpdates updates;
    private ExecutorService background; // guarded by this
    private CoalescingWorker worker; // guarded by this

    RelatedUpdates updates() {
        RelatedUpdates u = updates;
        if (u == null) {
            u = new RelatedUpdates(source, new RetryingRelatedStore(store));
            updates = u;
        }
        return u;
    }

    /**
     * The related article ids of article {@code id}, best first, at most {@link Recommendations#LIST_SIZE}, not yet
     * re-checked as published: the stored list, or (none stored: an imported article, a fresh index) MoreLikeThis
     * now, stored for the next reader. Never MoreLikeThis when a list is stored.
     */
    public List<Long> ids(long id) {
        return updates().listOf(id);
    }

    /**
     * Computes and stores the list of published article {@code id} now, on the calling thread (the full recompute);
     * throws the store's exception on failure.
     */
    public void store(long id) {
        updates().store(id);
    }

    /** Queues the indexed article for the background update of the lists it affects; returns at once. */
    void onIndexed(@Observes ArticleIndexed event) {
        worker().add(event.articleId());
    }

    private synchronized CoalescingWorker worker() {
        if (worker == null) {
            background = threads == null ? Executors.newSingleThreadExecutor() : Executors.newSingleThreadExecutor(threads);
            worker = new CoalescingWorker(background, batch -> {
                long t = System.nanoTime();
                RelatedUpdates.Outcome o = updates().apply(batch);
                LOG.fine(() -> String.format("related lists after changes of %s: %d stored, %d deleted, %d failed in %.0f ms",
                        batch, o.stored().size(), o.deleted().size(), o.failed().size(), (System.nanoTime() - t) / 1e6));
            });
        }
        return worker;
    }

    /**
     * Computes and stores the lists of the newest {@code inkstone.related.warm-up} published articles that have no
     * stored list (so a restart with stored lists does no work). Runs on the calling thread; returns how many.
     * A failure of one list is logged and the rest go on.
     */
    public int warmUp() {
        int n = 0;
        for (long id : store.publishedWithoutList(settings.relatedWarmUp())) {
            try {
                updates().store(id);
                n++;
            } catch (RuntimeException e) {
                LOG.warning("related warm-up: list of " + id + " not stored (computed at its first request): " + e);
            }
        }
        return n;
    }

    @PreDestroy
    synchronized void stop() {
        if (background != null) {
            background.shutdown();
            try {
                background.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
