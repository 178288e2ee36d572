package org.inkstone.search;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Where this node keeps its Lucene index and how much it buffers. Immutable.
 *
 * @param dir         {@code inkstone.index.dir}, default {@code <inkstone.data.dir>/index}
 * @param ramBufferMb {@code inkstone.index.ram-buffer-mb}: the IndexWriter's RAM buffer in MiB, 16–2,048 (default 64;
 *                    Lucene's own default is 16, larger buffers flush fewer segments during a full rebuild)
 * @param commitInterval {@code inkstone.index.commit-interval-ms}: the longest time between two durable index
 *                    commits while outbox rows are being applied, 0 ms to 1 h (default 1,000 ms). Applied rows are
 *                    searchable at once (near-real-time refresh); only the commit (an fsync) waits for this
 *                    interval. After a crash the index reopens at its last commit and replays the outbox from the
 *                    position recorded there, so a longer interval costs a longer replay, never lost documents.
 *                    0 commits after every catch-up (the behaviour before this setting).
 * @param outboxGapWait {@code inkstone.index.outbox-gap-wait-ms}: how long a hole in the outbox ids is waited for,
 *                    1 s to 1 h (default 60,000 ms). Outbox ids are taken when a transaction inserts its row, not when
 *                    it commits, so a row can become visible after a higher one; the follower keeps re-reading such a
 *                    hole and applies the row when it appears. A hole still empty after this time is taken for a
 *                    rolled-back transaction and passed. It must exceed the longest article-changing transaction
 *                    (a publication with its partner deliveries takes well under a second); a row committed later
 *                    than this is applied only by the next full rebuild.
 */
public record IndexSettings(Path dir, int ramBufferMb, Duration commitInterval, Duration outboxGapWait) {

    /** The default of {@code inkstone.index.outbox-gap-wait-ms}. */
    public static final Duration DEFAULT_OUTBOX_GAP_WAIT = Duration.ofMillis(60_000);

    /** Settings with the default outbox gap wait. */
    public IndexSettings(Path dir, int ramBufferMb, Duration commitInterval) {
        this(dir, ramBufferMb, commitInterval, DEFAULT_OUTBOX_GAP_WAIT);
    }

    /** Reads the keys above; throws {@link org.inkstone.common.InvalidSettingException} naming a key whose value is out of range. */
    public static IndexSettings from(InkstoneConfig c) {
        return new IndexSettings(c.indexDir(), ConfigValues.intIn(c, "inkstone.index.ram-buffer-mb", 16, 2_048),
                ConfigValues.duration(c, "inkstone.index.commit-interval-ms", ChronoUnit.MILLIS, 0, 3_600_000),
                ConfigValues.duration(c, "inkstone.index.outbox-gap-wait-ms", ChronoUnit.MILLIS, 1_000, 3_600_000));
    }
}
