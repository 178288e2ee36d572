package org.inkstone.syndication;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/** Partners ({@code partner}, {@code partner_channel}). SQL in {@code PartnerMapper.xml}. Rows come without channels. */
@Mapper
public interface PartnerMapper {

    /** Inserts {@code p} (every column but id) and sets its generated id. */
    int insert(Partner p);

    Partner findById(@Param("id") long id);

    /** The partner whose pull key hashes to {@code keyHash} (SHA-256 hex), or null. */
    Partner findByKeyHash(@Param("keyHash") String keyHash);

    /** Every partner, oldest first. */
    List<Partner> listAll();

    /** Partners with a push endpoint (active or paused), oldest first. */
    List<Partner> listPushPartners();

    /** The channel ids of one partner, sorted. */
    List<String> listChannels(@Param("partnerId") long partnerId);

    /** Rows {@code (partner_id, channel_id)} of every partner, as {@link PartnerChannel}. */
    List<PartnerChannel> listAllChannels();

    int insertChannel(@Param("partnerId") long partnerId, @Param("channelId") String channelId);

    int deleteChannels(@Param("partnerId") long partnerId);

    int updateDetails(@Param("id") long id, @Param("name") String name, @Param("endpoint") String endpoint,
                      @Param("now") Instant now);

    /** Pauses ({@code reason} manual or failing) or resumes ({@code paused} false: reason and failing_since cleared). */
    int updatePaused(@Param("id") long id, @Param("paused") boolean paused, @Param("reason") String reason,
                     @Param("now") Instant now);

    int updateSecret(@Param("id") long id, @Param("secret") String secret, @Param("previousSecret") String previousSecret,
                     @Param("previousSecretUntil") Instant previousSecretUntil, @Param("now") Instant now);

    int updateKeyHash(@Param("id") long id, @Param("keyHash") String keyHash, @Param("now") Instant now);

    /** Sets failing_since to {@code at} unless it is set already. */
    int markFailing(@Param("id") long id, @Param("at") Instant at);

    int clearFailing(@Param("id") long id);

    /** Pauses (reason failing) the partner when it is active and failing since before {@code before}; 1 when it did. */
    int pauseIfFailingSince(@Param("id") long id, @Param("before") Instant before, @Param("now") Instant now);

    int delete(@Param("id") long id);
}
