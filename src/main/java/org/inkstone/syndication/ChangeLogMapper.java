package org.inkstone.syndication;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The change log ({@code syndication_counter}, {@code syndication_item}). SQL in {@code ChangeLogMapper.xml}. */
@Mapper
public interface ChangeLogMapper {

    /**
     * Takes the next sequence number and keeps the counter row locked until the transaction ends (see V9), so
     * numbers become visible in commit order. Call {@link #lastSeq()} right after, on the same connection.
     */
    int takeSeq();

    /** The number {@link #takeSeq()} just took ({@code LAST_INSERT_ID()} of this connection). */
    long lastSeq();

    /** The article's row, or null; locks it ({@code FOR UPDATE}) in the current transaction. */
    ChangeRow lockItem(@Param("articleId") long articleId);

    /** The article's row, or null. */
    ChangeRow findItem(@Param("articleId") long articleId);

    int insertItem(@Param("articleId") long articleId, @Param("seq") long seq, @Param("version") int version,
                   @Param("pubstatus") String pubstatus,
                   @Param("channelId") String channelId, @Param("now") Instant now);

    /** Moves the row to {@code seq}, adds 1 to its version and sets its status and channel. */
    int updateItem(@Param("articleId") long articleId, @Param("seq") long seq, @Param("pubstatus") String pubstatus,
                   @Param("channelId") String channelId, @Param("now") Instant now);

    /**
     * A page of the change log in seq order: rows with {@code after < seq <= upTo}, of the channels listed
     * (null: every channel), at most {@code limit}. Keyset paging on {@code uk_syndication_item_seq} (or
     * {@code idx_syndication_item_channel} with channels).
     */
    List<ChangeRow> listChanges(@Param("after") long after, @Param("upTo") long upTo,
                                @Param("channels") Collection<String> channels, @Param("limit") int limit);

    /** The highest seq taken so far (0 before the first change). */
    long currentSeq();

    /** The rows of the articles among {@code articleIds} (any order; articles without a row are absent). */
    java.util.List<ChangeRow> listItems(@Param("articleIds") java.util.List<Long> articleIds);

    /** {@code changed_at} of the latest change (highest seq), or null before the first. */
    Instant findLatestChangedAt();
}
