package org.inkstone.article;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Claims of one view per visitor, article and window. SQL in {@code org/inkstone/article/ViewClaimMapper.xml}. */
@Mapper
public interface ViewClaimMapper {

    /**
     * Claims the view of {@code visitorHash} (64 hex characters) on article {@code articleId} in the window
     * starting at {@code windowStart} (epoch seconds). Returns 1 when this call took the claim, 0 when it was
     * already taken (by this or any other node, now or earlier in the window).
     */
    int claim(@Param("articleId") long articleId, @Param("visitorHash") String visitorHash,
              @Param("windowStart") long windowStart);

    /** Deletes up to {@code limit} claims of windows that started before {@code windowStart}; returns how many. */
    int deleteBefore(@Param("windowStart") long windowStart, @Param("limit") int limit);
}
