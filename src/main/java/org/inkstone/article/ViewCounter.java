package org.inkstone.article;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts article views in memory and adds them to {@code article.views} in batches ({@link #flush}, run
 * every {@code inkstone.views.flush-interval-ms} ms and at shutdown), so a page view costs no database
 * write. Several nodes each flush their own increments into the same rows. A crash loses at most one
 * interval of counts. Thread-safe.
 */
@ApplicationScoped
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    @Inject
    ArticleMapper mapper;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> recorded = new ConcurrentHashMap<>();

    /** Records one view of article {@code id}. */
    public void record(long id) {
        pending.computeIfAbsent(id, k -> new LongAdder()).increment();
        recorded.computeIfAbsent(id, k -> new LongAdder()).increment();
    }

    /** Views of {@code id} recorded on this node since it started (flushed or not; never decreases). */
    public long recordedHere(long id) {
        LongAdder a = recorded.get(id);
        return a == null ? 0 : a.sum();
    }

    /** Views of {@code id} recorded on this node and not yet written by {@link #flush} (0 when none). */
    public long pendingHere(long id) {
        LongAdder a = pending.get(id);
        return a == null ? 0 : a.sum();
    }

    /** Writes pending counts to the database; counts that fail to write are kept for the next flush. */
    public void flush() {
        for (Map.Entry<Long, LongAdder> e : pending.entrySet()) {
            long delta = e.getValue().sumThenReset();
            if (delta == 0) {
                pending.remove(e.getKey(), e.getValue());
                continue;
            }
            try {
                mapper.addViews(e.getKey(), delta);
            } catch (RuntimeException ex) {
                e.getValue().add(delta);
                LOG.log(Level.WARNING, "view count flush failed; will retry", ex);
                return;
            }
        }
    }

    @PreDestroy
    void shutdown() {
        flush();
    }
}
