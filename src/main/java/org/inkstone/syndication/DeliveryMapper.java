package org.inkstone.syndication;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/**
 * The push outbox ({@code delivery}). SQL in {@code DeliveryMapper.xml}. Status changes made by the worker are
 * conditional on its lease ({@code status = 'sending' AND lease_owner = owner}), so a node whose lease expired
 * (and whose delivery another node took over) changes nothing.
 */
@Mapper
public interface DeliveryMapper {

    /** Inserts {@code d} (every column but id) and sets its generated id. */
    int insert(Delivery d);

    /** Marks the partner's queued deliveries of the article older than {@code id} superseded. */
    int supersedeQueued(@Param("partnerId") long partnerId, @Param("articleId") long articleId, @Param("id") long id,
                        @Param("now") Instant now);

    /**
     * Ids of deliveries that may be claimed at {@code now}, oldest due first: queued and due, or sending with an
     * expired lease; of a partner that is not paused; with no older queued or sending delivery of the same
     * (partner, article).
     */
    List<Delivery> listClaimable(@Param("now") Instant now, @Param("limit") int limit);

    /** Claims one delivery if it is still claimable (the conditional UPDATE); 1 when this caller got it. */
    int claim(@Param("id") long id, @Param("owner") String owner, @Param("leaseUntil") Instant leaseUntil,
              @Param("now") Instant now);

    Delivery findById(@Param("id") long id);

    /** The row, locked ({@code FOR UPDATE}) in the current transaction. */
    Delivery lockById(@Param("id") long id);

    /** Ends an attempt with a final status (delivered, failed, superseded), if {@code owner} still holds the lease. */
    int finish(@Param("id") long id, @Param("owner") String owner, @Param("status") String status,
               @Param("code") Integer code, @Param("error") String error, @Param("now") Instant now);

    /** Ends a failed attempt and queues the delivery again for {@code next}, if {@code owner} still holds the lease. */
    int requeue(@Param("id") long id, @Param("owner") String owner, @Param("code") Integer code,
                @Param("error") String error, @Param("now") Instant now, @Param("next") Instant next);

    /** How many queued deliveries of the same (partner, article) are newer than {@code id}. */
    int countNewerQueued(@Param("partnerId") long partnerId, @Param("articleId") long articleId, @Param("id") long id);

    /** How many deliveries of the same (partner, article), in any status, are newer than {@code id}. */
    int countNewer(@Param("partnerId") long partnerId, @Param("articleId") long articleId, @Param("id") long id);

    /**
     * Of the deliveries {@code ids} (not empty), those with a newer delivery (any status) of the same (partner,
     * article): the ones a redeliver refuses as outdated. One query.
     */
    List<Long> listWithNewer(@Param("ids") java.util.Collection<Long> ids);

    /** Queues a finished (delivered or failed) delivery again, due now, given up after {@code retryUntil}. */
    int requeueFinished(@Param("id") long id, @Param("now") Instant now, @Param("retryUntil") Instant retryUntil);

    /**
     * A page of the delivery log, newest first (id descending), without documents: of one partner or all (null),
     * of one status or all (null), below id {@code beforeId} (null: from the newest).
     */
    List<Delivery> listLog(@Param("partnerId") Long partnerId, @Param("status") String status,
                           @Param("beforeId") Long beforeId, @Param("limit") int limit);

    /** Puts every delivery this node is sending back in the queue, due now (a clean shutdown). */
    int releaseLeases(@Param("owner") String owner, @Param("now") Instant now);
}
