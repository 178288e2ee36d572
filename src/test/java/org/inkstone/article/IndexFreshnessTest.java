package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index half of the health rule: poll interval 1,000 ms + grace 3,000 ms = 4,000 ms allowance. */
class IndexFreshnessTest {

    private static final long MS = 1_000_000;
    private static final long T0 = 5_000_000_000L; // any monotonic origin

    private final IndexFreshness rule = new IndexFreshness(Duration.ofMillis(1_000), Duration.ofMillis(3_000));

    @Test
    void equalPositionsAreCaughtUp() {
        assertEquals(new IndexFreshness.Verdict(10, 10L, true, 0L), rule.observe(10, 10L, T0));
    }

    @Test
    void behindButYoungIsCaughtUp() {
        assertEquals(new IndexFreshness.Verdict(5, 10L, true, 0L), rule.observe(5, 10L, T0));
        assertEquals(new IndexFreshness.Verdict(5, 10L, true, 4_000L), rule.observe(5, 10L, T0 + 4_000 * MS));
    }

    @Test
    void behindAndOldIsNotCaughtUp() {
        rule.observe(5, 10L, T0);
        assertEquals(new IndexFreshness.Verdict(5, 10L, false, 4_001L), rule.observe(5, 10L, T0 + 4_001 * MS));
        // applying everything catches up at once
        assertEquals(new IndexFreshness.Verdict(10, 10L, true, 0L), rule.observe(10, 10L, T0 + 4_500 * MS));
    }

    @Test
    void databaseDownIsUnknown() {
        assertEquals(new IndexFreshness.Verdict(7, null, null, null), rule.observe(7, null, T0));
    }

    @Test
    void rowsCountFromTheEvaluationThatFirstSawThem() {
        rule.observe(5, 10L, T0);                  // rows 6-10 seen at T0
        rule.observe(8, 12L, T0 + 2_000 * MS);     // 11-12 seen at T0 + 2 s; 6-8 applied
        assertEquals(new IndexFreshness.Verdict(9, 12L, false, 4_500L), rule.observe(9, 12L, T0 + 4_500 * MS),
                "row 10, seen at T0, is still unapplied");
        assertEquals(new IndexFreshness.Verdict(10, 12L, true, 2_500L), rule.observe(10, 12L, T0 + 4_500 * MS),
                "only rows 11-12, seen at T0 + 2 s, are unapplied");
    }

    @Test
    void aStuckNodeStaysBehindWhileTheOutboxGrows() {
        for (int i = 0; i <= 20; i++) {
            rule.observe(5, 10L + i, T0 + i * 500 * MS);
        }
        assertEquals(new IndexFreshness.Verdict(5, 30L, false, 10_000L), rule.observe(5, 30L, T0 + 10_000 * MS));
    }

    @Test
    void theDatabaseComingBackKeepsWhatWasSeenBefore() {
        rule.observe(5, 10L, T0);
        rule.observe(5, null, T0 + 2_000 * MS);
        assertEquals(new IndexFreshness.Verdict(5, 10L, false, 5_000L), rule.observe(5, 10L, T0 + 5_000 * MS));
    }

    @Test
    void aHeadBelowTheAppliedPositionIsCaughtUp() {
        // outbox rows deleted by hand, or a node that applied more than the head it read a moment ago
        assertEquals(new IndexFreshness.Verdict(12, 10L, true, 0L), rule.observe(12, 10L, T0));
    }
}
