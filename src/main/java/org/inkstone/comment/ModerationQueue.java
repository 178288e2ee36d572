package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleService;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What moderators do with comments: read the queue (comments of one status, newest first, each with the reason
 * it was held and its article's title) and move comments between statuses (approve, reject, spam, delete),
 * every change logged with the moderator and announced with one {@link CommentChanged} per article after it
 * committed. Thread-safe.
 */
@ApplicationScoped
public class ModerationQueue {

    /** One page of the queue: its comments and the cursor of the next page (null on the last). */
    public record Slice(List<Comment> items, String nextCursor) {
    }

    @Inject
    CommentMapper mapper;

    @Inject
    Authors authors;

    @Inject
    CommentStore store;

    @Inject
    ArticleService articles;

    @Inject
    Event<CommentChanged> changed;

    private final Clock clock = Clock.systemUTC();

    /**
     * Comments in {@code status} (of one article unless {@code articleId} is null), newest first, keyset on
     * id below {@code cursor} (null: from the newest), at most {@code size}.
     */
    public Slice list(CommentStatus status, Long articleId, Long cursor, int size) {
        List<Comment> rows = authors.fill(mapper.listQueue(status.id(), articleId, cursor, size + 1));
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = Long.toString(rows.get(size - 1).getId());
        }
        Map<Long, String> titles = articles.titles(rows.stream().map(Comment::getArticleId).toList());
        rows.forEach(c -> c.setArticleTitle(titles.get(c.getArticleId())));
        return new Slice(rows, next);
    }

    /**
     * Moves comments to {@code target}, logged under {@code actorId}; comments in that state already and
     * unknown ids are skipped.
     *
     * @return the number of comments changed
     */
    public int moderate(List<Long> ids, CommentStatus target, long actorId) {
        List<Long> articleIds = store.moderate(ids, target, actorId, clock.instant());
        new LinkedHashSet<>(articleIds).forEach(a -> changed.fire(new CommentChanged(a)));
        return articleIds.size();
    }

    /** Deletes one comment (a no-op if it is deleted already). @throws CommentNotFoundException for an unknown id */
    public void delete(long id, long actorId) {
        if (mapper.findById(id) == null) {
            throw new CommentNotFoundException(id);
        }
        moderate(List.of(id), CommentStatus.DELETED, actorId);
    }
}
