package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The update rules of stored related lists over fakes of our two seams (a MoreLikeThis table, a map store). */
class RelatedUpdatesTest {

    /** MoreLikeThis as a table: id → its ranked candidates; counts calls per id. */
    static final class TableSource implements RelatedSource {
        final Map<Long, List<Long>> table = new HashMap<>();
        final Set<Long> published = new HashSet<>();
        final List<Long> calls = new ArrayList<>();

        @Override
        public List<Long> related(long id, int n) {
            calls.add(id);
            List<Long> all = table.getOrDefault(id, List.of());
            return List.copyOf(all.subList(0, Math.min(n, all.size())));
        }

        @Override
        public boolean published(long id) {
            return published.contains(id);
        }

        void article(long id, Long... related) {
            published.add(id);
            table.put(id, List.of(related));
        }
    }

    static class MapStore implements RelatedStore {
        final Map<Long, List<Long>> lists = new HashMap<>();
        final Set<Long> failing = new HashSet<>();
        int writes;

        @Override
        public Optional<List<Long>> find(long articleId) {
            return Optional.ofNullable(lists.get(articleId));
        }

        @Override
        public void replace(long articleId, List<Long> ids) {
            if (failing.contains(articleId)) {
                throw new IllegalStateException("database down for " + articleId);
            }
            writes++;
            lists.put(articleId, List.copyOf(ids));
        }

        @Override
        public void delete(long articleId) {
            lists.remove(articleId);
        }

        @Override
        public List<Long> holders(long articleId) {
            return new ArrayList<>(new TreeSet<>(lists.entrySet().stream().filter(e -> e.getValue().contains(articleId))
                    .map(Map.Entry::getKey).toList()));
        }
    }

    private final TableSource source = new TableSource();
    private final MapStore store = new MapStore();
    private final RelatedUpdates updates = new RelatedUpdates(source, store);

    @Test
    void aPageWithAStoredListNeverRunsMoreLikeThis() {
        source.article(1, 2L, 3L);
        store.lists.put(1L, List.of(7L, 8L));
        store.lists.put(2L, List.of());
        assertEquals(List.of(7L, 8L), updates.listOf(1));
        assertEquals(List.of(), updates.listOf(2), "computed and empty is a stored answer");
        assertEquals(List.of(), source.calls);
    }

    @Test
    void aPageWithoutAStoredListComputesItOnceAndStoresIt() {
        source.article(1, 2L, 3L, 4L, 5L, 6L, 7L);
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), updates.listOf(1));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), store.lists.get(1L));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), updates.listOf(1));
        assertEquals(List.of(1L), source.calls);
    }

    @Test
    void anEmptyResultOnThePageIsNotStored() {
        assertEquals(List.of(), updates.listOf(9));
        assertEquals(Optional.empty(), store.find(9));
    }

    @Test
    void aFailedStoreOnThePageStillServesTheList() {
        source.article(1, 2L);
        store.failing.add(1L);
        assertEquals(List.of(2L), updates.listOf(1));
        assertEquals(Optional.empty(), store.find(1));
    }

    @Test
    void aPublishedArticleGetsItsTopFiveAndItsTenCandidatesAreRecomputed() {
        for (long i = 1; i <= 11; i++) {
            source.article(i, 50L, 51L, 52L, 53L, 54L);
        }
        source.article(100, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        source.article(3, 100L, 50L, 51L, 52L, 53L); // 100 now ranks first for 3
        source.article(11, 100L, 50L); // the 11th candidate is not recomputed
        RelatedUpdates.Outcome o = updates.apply(List.of(100L));
        assertEquals(List.of(100L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), o.stored());
        assertEquals(List.of(), o.deleted());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), store.lists.get(100L));
        assertEquals(List.of(100L, 50L, 51L, 52L, 53L), store.lists.get(3L));
        assertEquals(List.of(50L, 51L, 52L, 53L, 54L), store.lists.get(1L));
        assertEquals(Optional.empty(), store.find(11), "outside the top 10");
        assertEquals(11, source.calls.size(), "one call of 10 candidates, then one per candidate");
    }

    @Test
    void aCorrectionAlsoRecomputesTheListsThatHoldTheArticle() {
        source.article(100, 1L);
        source.article(1, 2L);
        source.article(20, 21L, 22L); // after the correction, 100 no longer belongs in 20's list
        store.lists.put(20L, List.of(100L, 21L));
        RelatedUpdates.Outcome o = updates.apply(List.of(100L));
        assertEquals(List.of(100L, 1L, 20L), o.stored());
        assertEquals(List.of(21L, 22L), store.lists.get(20L));
        assertEquals(List.of(1L), store.lists.get(100L));
    }

    @Test
    void aWithdrawnArticleLosesItsListAndLeavesEveryListThatHeldIt() {
        source.article(3, 4L, 5L);
        source.article(20, 21L);
        source.article(30, 31L);
        store.lists.put(100L, List.of(3L, 20L));
        store.lists.put(3L, List.of(100L, 4L));
        store.lists.put(20L, List.of(21L, 100L));
        store.lists.put(30L, List.of(31L));
        RelatedUpdates.Outcome o = updates.apply(List.of(100L)); // 100 is not published
        assertEquals(List.of(100L), o.deleted());
        assertEquals(List.of(3L, 20L), o.stored());
        assertEquals(Optional.empty(), store.find(100));
        assertEquals(List.of(4L, 5L), store.lists.get(3L));
        assertEquals(List.of(21L), store.lists.get(20L));
        assertEquals(List.of(31L), store.lists.get(30L), "a list that never held it is untouched");
        assertEquals(List.of(3L, 20L), source.calls);
    }

    @Test
    void aHolderThatIsNoLongerPublishedHasItsListDeletedNotRecomputed() {
        store.lists.put(7L, List.of(100L)); // 7 was withdrawn, its list left behind
        RelatedUpdates.Outcome o = updates.apply(List.of(100L));
        assertEquals(List.of(100L, 7L), o.deleted());
        assertEquals(Map.of(), store.lists);
        assertEquals(List.of(), source.calls);
    }

    @Test
    void everyAffectedListIsComputedOnceForABatch() {
        source.article(1, 3L);
        source.article(2, 3L);
        source.article(3, 1L, 2L);
        RelatedUpdates.Outcome o = updates.apply(List.of(1L, 2L, 1L));
        assertEquals(List.of(1L, 2L, 3L), o.stored());
        assertEquals(List.of(1L, 2L, 3L), source.calls);
    }

    @Test
    void aFailingListIsReportedAndTheOthersAreStillUpdated() {
        source.article(100, 1L, 2L);
        source.article(1, 100L);
        source.article(2, 100L);
        store.failing.add(1L);
        RelatedUpdates.Outcome o = updates.apply(List.of(100L));
        assertEquals(List.of(1L), o.failed());
        assertEquals(List.of(100L, 2L), o.stored());
        assertEquals(List.of(100L), store.lists.get(2L));
    }

    @Test
    void applyingTheSameChangeTwiceGivesTheSameLists() {
        source.article(100, 1L, 2L);
        source.article(1, 100L);
        source.article(2, 1L, 100L);
        updates.apply(List.of(100L));
        Map<Long, List<Long>> first = new HashMap<>(store.lists);
        updates.apply(List.of(100L));
        assertEquals(first, store.lists);
    }

    @Test
    void theFullRecomputeStoresWithoutAStateCheckAndPassesFailuresOn() {
        source.table.put(5L, List.of(6L, 7L));
        assertEquals(List.of(6L, 7L), updates.store(5));
        assertEquals(List.of(6L, 7L), store.lists.get(5L));
        store.failing.add(5L);
        assertThrows(IllegalStateException.class, () -> updates.store(5));
    }

    @Test
    void aBulkBatchUpdatesOnlyItsOwnListsAndTheHoldersOfWithdrawnOnes() {
        List<Long> batch = new ArrayList<>();
        for (long i = 1; i <= RelatedUpdates.BULK + 1; i++) {
            source.article(i, i + 5_000);
            batch.add(i);
        }
        source.published.remove(7L); // withdrawn in the same import
        source.article(9_000, 9_001L);
        store.lists.put(9_000L, List.of(7L));
        source.article(9_100, 9_101L);
        store.lists.put(9_100L, List.of(1L)); // holds a published one: left to the full recompute
        source.article(5_001, 1L);
        RelatedUpdates.Outcome o = updates.apply(batch);
        assertEquals(RelatedUpdates.BULK, o.stored().size() - 1, "every published one of the batch, plus the holder 9000");
        assertEquals(9_000L, o.stored().get(o.stored().size() - 1));
        assertEquals(List.of(7L), o.deleted());
        assertEquals(List.of(9_001L), store.lists.get(9_000L));
        assertEquals(List.of(1L), store.lists.get(9_100L));
        assertEquals(Optional.empty(), store.find(5_001), "neighbours are not recomputed");
        assertEquals(List.of(5_001L), store.lists.get(1L));
    }
}
