package org.inkstone.common;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

/** Rate-limit windows. SQL in {@code org/inkstone/common/RateWindowMapper.xml}. */
@Mapper
public interface RateWindowMapper {

    /** Adds one hit to the bucket's window starting at {@code windowStart} (epoch seconds), resetting an older window. */
    int upsert(@Param("bucket") String bucket, @Param("windowStart") long windowStart);

    /** Hits of the bucket in the window starting at {@code windowStart}; null when none. */
    Integer findHits(@Param("bucket") String bucket, @Param("windowStart") long windowStart);

    /** Takes one hit back from the bucket's window (never below 0). */
    int release(@Param("bucket") String bucket, @Param("windowStart") long windowStart);

    int deleteOlderThan(@Param("windowStart") long windowStart);
}
