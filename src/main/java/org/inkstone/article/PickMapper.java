package org.inkstone.article;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/** Editor picks (推荐位) as staff manage them. SQL in {@code org/inkstone/article/PickMapper.xml}. */
@Mapper
public interface PickMapper {

    /**
     * The live picks of one list (site-wide when {@code channelId} is null): not expired at {@code now}, of
     * published articles, in pick order (position, then id), with the article's title.
     */
    List<EditorPick> listLive(@Param("channelId") String channelId, @Param("now") Instant now);

    EditorPick findById(@Param("id") long id);

    int update(@Param("id") long id, @Param("position") int position, @Param("expiresAt") Instant expiresAt);

    int updatePosition(@Param("id") long id, @Param("position") int position);

    int delete(@Param("id") long id);
}
