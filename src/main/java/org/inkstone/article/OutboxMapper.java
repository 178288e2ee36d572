package org.inkstone.article;

import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

import org.mybatis.cdi.Mapper;

/** The index outbox. SQL in {@code org/inkstone/search/OutboxMapper.xml}. */
@Mapper
public interface OutboxMapper {

    /** Records that the article's indexed state may have changed. */
    int insert(@Param("articleId") long articleId, @Param("now") Instant now);

    /** The id of the row this connection's last {@link #insert} wrote (MySQL/MariaDB {@code LAST_INSERT_ID()}). */
    long lastInsertId();

    /** Outbox entries after {@code position}, oldest first, at most {@code limit}. */
    List<OutboxEntry> listAfter(@Param("position") long position, @Param("limit") int limit);

    /** The outbox entries among {@code ids} (those committed by now), oldest first. {@code ids} must not be empty. */
    List<OutboxEntry> listIds(@Param("ids") List<Long> ids);

    /** The highest outbox id, or 0 when the outbox is empty. */
    long maxId();

}
