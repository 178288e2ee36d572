package org.inkstone.channel;

import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Channels and their import aliases. SQL in {@code org/inkstone/channel/ChannelMapper.xml}. */
@Mapper
public interface ChannelMapper {

    /** All channels, hidden ones included, ordered by position then id (parents and children mixed). */
    List<Channel> listAll();

    List<ChannelAlias> listAliases();

    /** Inserts a channel; a taken id or name raises a duplicate-key exception. */
    int insert(Channel channel);

    /** The next free position among the children of {@code parentId} (top level when null): max + 1, or 1. */
    int nextPosition(@Param("parentId") String parentId);

    /** Renames; a name another channel holds raises a duplicate-key exception. Returns the rows changed (0: no such id). */
    int updateName(@Param("id") String id, @Param("name") String name);

    int updateHidden(@Param("id") String id, @Param("hidden") boolean hidden);

    int updatePosition(@Param("id") String id, @Param("position") int position);

    long countChildren(@Param("id") String id);

    int deleteAliases(@Param("id") String id);

    /**
     * Deletes the channel; raises a foreign-key exception while anything refers to it (articles, picks,
     * child channels). Returns the rows deleted.
     */
    int delete(@Param("id") String id);
}
