package org.inkstone.comment;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/**
 * Comments, their duplicate guard, flags, blocks and the moderation log. SQL in
 * {@code org/inkstone/comment/CommentMapper.xml}; no statement touches the {@code article} table (its row
 * lock and comment count belong to {@link org.inkstone.article.ArticleService}). Callers take the article's
 * lock before any status change ({@link MyBatisCommentStore}).
 */
@Mapper
public interface CommentMapper {

    Comment findById(@Param("id") long id);

    /** The comment's status, locking its row. */
    String findStatusForUpdate(@Param("id") long id);

    /** Inserts and sets {@code id}. */
    int insert(Comment comment);

    /**
     * Claims the duplicate window of (article, author, body) for the post named {@code token}: inserts it, or
     * takes over an expired one; an unexpired window of another post is left alone. See {@link #findDedupeToken}.
     */
    int claimDedupe(@Param("articleId") long articleId, @Param("authorKey") String authorKey, @Param("bodyHash") String bodyHash,
                    @Param("token") String token, @Param("expiresAt") Instant expiresAt, @Param("now") Instant now);

    /** The token of the post holding the window (locking the row); the caller's own token means it won. */
    String findDedupeToken(@Param("articleId") long articleId, @Param("authorKey") String authorKey,
                           @Param("bodyHash") String bodyHash);

    int purgeDedupe(@Param("now") Instant now);

    /**
     * One page of thread roots: approved ones, the viewer's own pending ones, and removed ones that still have
     * approved replies; keyset on id, newest first unless {@code ascending}.
     */
    List<Comment> listRoots(@Param("articleId") long articleId, @Param("viewerKey") String viewerKey,
                            @Param("cursor") Long cursor, @Param("ascending") boolean ascending, @Param("limit") int limit);

    /** Approved replies (and the viewer's pending ones) of the given roots, oldest first. */
    List<Comment> listReplies(@Param("articleId") long articleId, @Param("rootIds") List<Long> rootIds,
                              @Param("viewerKey") String viewerKey);

    /** Approved anonymous comments from a client address hash, counting at most {@code cap}. */
    int countApprovedByClient(@Param("clientHash") String clientHash, @Param("cap") int cap);

    int updateStatus(@Param("id") long id, @Param("status") String status, @Param("now") Instant now);

    int resetFlags(@Param("id") long id);

    int deleteBlock(@Param("subject") String subject);

    int insertFlag(@Param("commentId") long commentId, @Param("flaggerKey") String flaggerKey,
                   @Param("reason") String reason, @Param("now") Instant now);

    int addFlag(@Param("id") long id);

    /** The comment's flag count, read with a lock (the latest committed value). */
    int findFlagsForUpdate(@Param("id") long id);

    /** Number of the subjects blocked at {@code now}. */
    int countBlocked(@Param("subjects") List<String> subjects, @Param("now") Instant now);

    int upsertBlock(@Param("subject") String subject, @Param("until") Instant until, @Param("reason") String reason,
                    @Param("actorId") Long actorId, @Param("now") Instant now);

    int insertLog(@Param("actorId") Long actorId, @Param("action") String action, @Param("commentId") Long commentId,
                  @Param("subject") String subject, @Param("detail") String detail, @Param("now") Instant now);

    /**
     * Moderation queue: comments with {@code status}, optionally of one article, newest first, keyset on id;
     * each with its writer's role and user name and its latest hold or requeue reason ({@code holdReason}).
     */
    List<Comment> listQueue(@Param("status") String status, @Param("articleId") Long articleId,
                            @Param("cursor") Long cursor, @Param("limit") int limit);
}
