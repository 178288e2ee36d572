package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pull side of syndication: a partner's changes in commit order, keyset-paged by {@link PullCursor}, and the
 * current document of one item. Every item is served at its CURRENT version ({@link SyndicationDocuments#render}):
 * an article corrected after a partner's cursor shows up once, at its new position, with the new version; a
 * withdrawn one as a kill notice; older versions are never served. Thread-safe (stateless).
 */
@ApplicationScoped
public class ChangeFeed {

    /** Items per page when the partner names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page. */
    public static final int MAX_SIZE = 100;

    @Inject
    ChangeLogMapper mapper;

    @Inject
    SyndicationDocuments documents;

    @Inject
    ArticleService articles;

    /**
     * A page of changes.
     *
     * @param items the documents in seq order (at most the size asked for)
     * @param next  where the next pull starts; never null (see {@link #changes})
     */
    public record Page(List<SyndicationDocuments.Document> items, PullCursor next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * The changes of {@code s}'s channels after {@code cursor} (none: after the partner's registration, as a cursor
     * below the registration is), at most {@code size} (1–{@value #MAX_SIZE}).
     *
     * <p>The next cursor is never null. A full page ends at its last item; a short (or empty) page means "nothing
     * more now" and its cursor is the change log's position when the page was read, so a polling partner resumes
     * from there and never re-reads changes of channels it does not take. That position is safe because the
     * counter is read first and seq numbers become visible in commit order (V9): every change at or below it has
     * committed, and a later change gets a higher seq (a change of an article already served moves it there).
     *
     * @throws InvalidCursorException for a cursor beyond the change log's current position (the API never wrote
     *                                it; after a restore of the database from a backup, start again without one)
     */
    public Page changes(Subscriber s, Optional<PullCursor> cursor, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
        long upTo = mapper.currentSeq();
        if (cursor.isPresent() && cursor.get().seq() > upTo) {
            // a position the change log never reached: not a cursor this API wrote (or the database was restored
            // to an earlier state); serving an empty page would make the partner miss every change until then
            throw new InvalidCursorException();
        }
        long after = Math.max(cursor.map(PullCursor::seq).orElse(0L), s.startSeq());
        List<ChangeRow> rows = after >= upTo ? List.of() : mapper.listChanges(after, upTo, s.channels().isEmpty() ? null : s.channels(), size);
        List<SyndicationDocuments.Document> items = new ArrayList<>(rows.size());
        for (ChangeRow r : rows) {
            try {
                items.add(documents.render(r.getArticleId(), s.format()));
            } catch (ArticleNotFoundException gone) {
                // the article was deleted between the page query and rendering: nothing to serve
            }
        }
        PullCursor next = rows.size() == size ? new PullCursor(rows.get(rows.size() - 1).getSeq()) : new PullCursor(Math.max(after, upTo));
        return new Page(items, next);
    }

    /**
     * The current document of article {@code articleId} in {@code s}'s format: the item while published, a kill
     * notice after a withdrawal. Any published article of the partner's channels, also one published before the
     * partner registered (the registration bounds only the change feed).
     *
     * @throws ItemNotFoundException when the article does not exist, was never published, or its channel (at its
     *                               last change) is not one the partner takes
     */
    public SyndicationDocuments.Document item(Subscriber s, long articleId) {
        ChangeRow row = mapper.findItem(articleId);
        String channel = row != null ? row.getChannelId()
                : articles.findPublished(articleId).map(Article::getChannelId).orElse(null);
        if (channel == null || !s.takes(channel)) {
            throw new ItemNotFoundException();
        }
        try {
            return documents.render(articleId, s.format());
        } catch (ArticleNotFoundException e) {
            throw new ItemNotFoundException();
        }
    }
}
