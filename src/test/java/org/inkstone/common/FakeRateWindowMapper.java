package org.inkstone.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RateWindowMapper} in memory, with the SQL's semantics: one row per bucket holding the current
 * window's start and hits; a hit in a newer window resets the row. Records every upsert as
 * {@code "<bucket>@<windowStart>"} in {@link #upserts}. Not thread-safe (one test each).
 */
public final class FakeRateWindowMapper implements RateWindowMapper {

    private final Map<String, long[]> rows = new HashMap<>(); // bucket -> {windowStart, hits}
    public final List<String> upserts = new ArrayList<>();

    @Override
    public int upsert(String bucket, long windowStart) {
        upserts.add(bucket + "@" + windowStart);
        long[] row = rows.get(bucket);
        if (row == null || row[0] != windowStart) {
            rows.put(bucket, new long[] {windowStart, 1});
        } else {
            row[1]++;
        }
        return 1;
    }

    @Override
    public Integer findHits(String bucket, long windowStart) {
        long[] row = rows.get(bucket);
        return row == null || row[0] != windowStart ? null : (int) row[1];
    }

    @Override
    public int release(String bucket, long windowStart) {
        long[] row = rows.get(bucket);
        if (row == null || row[0] != windowStart) {
            return 0;
        }
        row[1] = Math.max(0, row[1] - 1);
        return 1;
    }

    @Override
    public int deleteOlderThan(long windowStart) {
        int before = rows.size();
        rows.values().removeIf(r -> r[0] < windowStart);
        return before - rows.size();
    }
}
