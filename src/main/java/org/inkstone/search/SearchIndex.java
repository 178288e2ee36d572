package org.inkstone.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * This node's one open Lucene index ({@link LuceneArticleIndex}, at {@code inkstone.index.dir}) and its
 * version: a counter raised by whoever makes a change of the searchable documents visible, on which caches of
 * derived lists (search results, related lists) key. What goes into the index, and when, is decided by the
 * writer (the article side's outbox follower); this class knows Lucene only.
 *
 * <p>Thread-safe: {@link #open} and {@link #close} are synchronised; readers see the index through a
 * volatile field.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    IndexSettings settings;

    @Inject
    SearchSettings searchSettings;

    private volatile LuceneArticleIndex index;
    private final AtomicLong version = new AtomicLong();

    /**
     * Opens (or creates) the index directory; a second call returns the index already open.
     *
     * @throws UncheckedIOException when the directory cannot be created or opened
     */
    public synchronized LuceneArticleIndex open() {
        if (index == null) {
            try {
                Files.createDirectories(settings.dir());
                index = new LuceneArticleIndex(FSDirectory.open(settings.dir()), settings.ramBufferMb(),
                        searchSettings == null ? null : searchSettings.synonyms(), new ArticleAnalyzers());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open index at " + settings.dir(), e);
            }
        }
        return index;
    }

    /** The open index; throws {@link IllegalStateException} before {@link #open}. */
    public LuceneArticleIndex index() {
        LuceneArticleIndex i = index;
        if (i == null) {
            throw new IllegalStateException("search index not started");
        }
        return i;
    }

    /** Incremented whenever a refresh or commit changed the searchable documents; caches of derived lists key on it. */
    public long version() {
        return version.get();
    }

    /** Called by the writer after each refresh or commit that changed the searchable documents. */
    public void changed() {
        version.incrementAndGet();
    }

    @PreDestroy
    synchronized void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.warning("closing index: " + e);
            }
            index = null;
        }
    }
}
