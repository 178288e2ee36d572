package org.inkstone.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.InkstoneConfig;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Comment pages as readers without pending comments of their own see them (most readers: no writer cookie,
 * not logged in), cached per article for {@code inkstone.comment.list-cache-ms} (default 1,000 ms). A change
 * made through this node drops the article's pages at once (callers report it after their transaction
 * committed); a change made on another node shows here within that time. A reader who may have pending
 * comments (a writer cookie or a session) always reads the database.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class CommentPages {

    @Inject
    CommentService comments;

    @Inject
    InkstoneConfig config;

    private volatile Cache<Long, ConcurrentMap<String, CommentPage>> byArticle;

    private Cache<Long, ConcurrentMap<String, CommentPage>> cache() {
        Cache<Long, ConcurrentMap<String, CommentPage>> c = byArticle;
        if (c == null) {
            c = Caffeine.newBuilder().expireAfterWrite(Duration.ofMillis(config.getLong("inkstone.comment.list-cache-ms")))
                    .maximumSize(20_000).build();
            byArticle = c;
        }
        return c;
    }

    /** As {@link CommentService#list}; cached when {@code viewerKey} is null. */
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

    /** The article's comments changed (call after the transaction committed). */
    public void changed(long articleId) {
        cache().invalidate(articleId);
    }

    /** Comments of several or unknown articles changed (moderation). */
    public void changedAll() {
        cache().invalidateAll();
    }
}
