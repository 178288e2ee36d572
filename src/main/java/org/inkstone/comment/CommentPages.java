package org.inkstone.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Comment pages as readers without pending comments of their own see them (most readers: no writer cookie,
 * not logged in), cached per article for {@link CommentSettings#listCache()}. A change made through this
 * node drops the article's pages at once (on its {@link CommentChanged} event, fired after the change
 * committed); a change made on another node shows here within that time. A reader who may have pending
 * comments (a writer cookie or a session) always reads the database.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class CommentPages {

    @Inject
    CommentThreads comments;

    @Inject
    CommentSettings settings;

    /** After a failed read of a first page, how long article pages are rendered without comments and without trying (ms). */
    static final long UNAVAILABLE_MS = 5_000;

    private static final Logger LOG = Logger.getLogger(CommentPages.class.getName());

    /** Monotonic clock in nanoseconds; a seam for tests. */
    java.util.function.LongSupplier nanoClock = System::nanoTime;

    /** {@link #nanoClock} at the last failed first-page read; null before any. */
    private volatile Long unavailableSince;

    private volatile Cache<Long, ConcurrentMap<String, CommentPage>> byArticle;
    private volatile Cache<Long, CommentPage> firstPages;

    private Cache<Long, ConcurrentMap<String, CommentPage>> cache() {
        Cache<Long, ConcurrentMap<String, CommentPage>> c = byArticle;
        if (c == null) {
            c = Caffeine.newBuilder().expireAfterWrite(settings.listCache())
                    .maximumSize(20_000).build();
            byArticle = c;
        }
        return c;
    }

    /**
     * The first page (newest first, 20 threads) as a reader without pending comments sees it, for the
     * server-rendered article page, cached for {@link CommentSettings#pageCache()}. The
     * widget replaces this block with the live list, so only readers without JavaScript see its age, and only
     * for changes made on another node (this node's changes drop it at once).
     *
     * <p>Empty when the comments cannot be read now: the read failed on a database cause (a statement timeout,
     * 2 s, e.g. while the {@code comment} table is locked; or an outage), or another read failed so within the
     * last {@link #UNAVAILABLE_MS} ms, in which case no query is made at all (so a locked table holds no pooled
     * connections for the article pages). The page then renders without its comment block. Nothing is cached
     * for such an answer.
     *
     * @throws org.inkstone.article.ArticleNotFoundException when the article is not published
     */
    public Optional<CommentPage> firstPage(long articleId) {
        Cache<Long, CommentPage> c = firstPages;
        if (c == null) {
            c = Caffeine.newBuilder().expireAfterWrite(settings.pageCache())
                    .maximumSize(20_000).build();
            firstPages = c;
        }
        CommentPage cached = c.getIfPresent(articleId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Long since = unavailableSince;
        if (since != null && nanoClock.getAsLong() - since < UNAVAILABLE_MS * 1_000_000) {
            return Optional.empty();
        }
        try {
            return Optional.of(c.get(articleId, id -> comments.list(id, false, null, 20, null)));
        } catch (RuntimeException e) {
            if (!org.inkstone.common.Sql.isDatabaseFailure(e)) {
                throw e;
            }
            unavailableSince = nanoClock.getAsLong();
            LOG.warning("article page " + articleId + " rendered without comments for " + UNAVAILABLE_MS
                    + " ms: comment read failed (" + e + ")");
            return Optional.empty();
        }
    }

    /** As {@link CommentThreads#list}; cached when {@code viewerKey} is null. */
    public CommentPage page(long articleId, boolean oldestFirst, Long cursor, int size, String viewerKey) {
        if (viewerKey != null) {
            return comments.list(articleId, oldestFirst, cursor, size, viewerKey);
        }
        ConcurrentMap<String, CommentPage> pages = cache().get(articleId, k -> new ConcurrentHashMap<>());
        String key = oldestFirst + ":" + cursor + ":" + size;
        CommentPage page = pages.get(key);
        if (page == null) {
            page = comments.list(articleId, oldestFirst, cursor, size, null);
            pages.put(key, page);
        }
        return page;
    }

    /** Drops the article's cached pages: it was published, corrected or withdrawn (a withdrawn one's comments are not served). */
    void articleChanged(@Observes org.inkstone.article.ArticleIndexed event) {
        changed(new CommentChanged(event.articleId()));
    }

    /** Drops the article's cached pages: its comments changed (the event comes after the commit). */
    void changed(@Observes CommentChanged event) {
        cache().invalidate(event.articleId());
        Cache<Long, CommentPage> first = firstPages;
        if (first != null) {
            first.invalidate(event.articleId());
        }
    }
}
