package org.inkstone.comment;

import org.inkstone.common.Subject;
import org.inkstone.moderation.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * The comment tables as the comment services use them: each write is one transaction that first locks the
 * article row ({@link org.inkstone.article.ArticleService#lockForComment}), so changes of one article's
 * comments and its count (共有 N 条评论) are serialised and the count is exact. The services decide what and in
 * which order; a store only keeps the invariants of the tables. Implemented with MyBatis by
 * {@link MyBatisCommentStore}; an interface so the services can be tested without a database.
 * Implementations are thread-safe.
 */
public interface CommentStore {

    /** Whether any of {@code subjects} is blocked at {@code now}. */
    boolean blocked(List<Subject> subjects, Instant now);

    /**
     * Stores a comment on a published article: attaches it to its parent (capped at
     * {@link CommentSettings#maxDepth()}), claims the duplicate window, inserts it as {@code pending} when
     * {@code verdict} holds it (logging the reason as a {@code hold}) else {@code approved} (counting it).
     *
     * @return its id and status
     * @throws org.inkstone.article.ArticleNotFoundException when the article is not published
     * @throws org.inkstone.common.InvalidParameterException ({@code parentId}) for an unknown, hidden or foreign parent
     * @throws DuplicateCommentException when the same author posted the same text on the article within the window
     */
    Posted insert(long articleId, PreparedComment comment, Author author, Verdict verdict, Instant now);

    /**
     * Records a flag of {@code flaggerKey} on an approved comment; at {@code threshold} flags a reader's comment
     * goes back to the queue (logged as a {@code requeue}, uncounted). Staff comments are never requeued.
     *
     * @return the comment's article id
     * @throws CommentNotFoundException when the comment does not exist or is not approved
     * @throws AlreadyFlaggedException when this flagger flagged it before
     */
    long flag(long commentId, String flaggerKey, String reason, int threshold, Instant now);

    /**
     * Moves the comments with these ids to {@code target}, logging each change under {@code actorId}; ids in
     * that state already and unknown ids are skipped. Approval resets a comment's flags.
     *
     * @return the article id of every changed comment, one entry per change
     */
    List<Long> moderate(List<Long> ids, CommentStatus target, long actorId, Instant now);

    /** Removes duplicate windows that ended at or before {@code now}; returns how many. */
    int purgeDuplicateGuards(Instant now);
}
