package org.inkstone.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagerTest {

    private static final String P = "channels/sports?page=";

    private static List<Long> numbers(Pager pager) {
        return pager.links().stream().map(Pager.Link::number).toList();
    }

    private static List<Long> current(Pager pager) {
        return pager.links().stream().filter(Pager.Link::current).map(Pager.Link::number).toList();
    }

    @Test
    void aSinglePageIsNotShown() {
        Pager pager = Pager.of(P, 1, 1);
        assertFalse(pager.show());
        assertNull(pager.prev());
        assertNull(pager.next());
        assertEquals(List.of(new Pager.Link(1, P + "1", true)), pager.links());
    }

    @Test
    void noPagesAtAllGiveNoLinks() {
        Pager pager = Pager.of(P, 1, 0);
        assertFalse(pager.show());
        assertNull(pager.prev());
        assertNull(pager.next());
        assertEquals(List.of(), pager.links());
    }

    @Test
    void theFirstPageHasANextLinkOnly() {
        Pager pager = Pager.of(P, 1, 3);
        assertTrue(pager.show());
        assertNull(pager.prev());
        assertEquals(P + "2", pager.next());
        assertEquals(List.of(new Pager.Link(1, P + "1", true), new Pager.Link(2, P + "2", false),
                new Pager.Link(3, P + "3", false)), pager.links());
    }

    @Test
    void theLastPageHasAPreviousLinkOnly() {
        Pager pager = Pager.of(P, 3, 3);
        assertEquals(P + "2", pager.prev());
        assertNull(pager.next());
        assertEquals(List.of(1L, 2L, 3L), numbers(pager));
        assertEquals(List.of(3L), current(pager));
    }

    @Test
    void nineLinksStartFourBeforeTheCurrentPage() {
        Pager pager = Pager.of(P, 10, 20);
        assertEquals(List.of(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L), numbers(pager));
        assertEquals(List.of(10L), current(pager));
        assertEquals(P + "9", pager.prev());
        assertEquals(P + "11", pager.next());
        assertEquals(P + "6", pager.links().get(0).href());
    }

    @Test
    void nearTheStartTheWindowBeginsAtPageOne() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), numbers(Pager.of(P, 5, 20)));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), numbers(Pager.of(P, 6, 20)));
    }

    @Test
    void nearTheEndTheWindowShrinksInsteadOfMovingBack() {
        // current behaviour, pinned: the last page shows 5 numbers, not the last 9
        assertEquals(List.of(16L, 17L, 18L, 19L, 20L), numbers(Pager.of(P, 20, 20)));
        assertEquals(List.of(14L, 15L, 16L, 17L, 18L, 19L, 20L), numbers(Pager.of(P, 18, 20)));
    }

    @Test
    void linksAreConsecutiveWithoutEllipsisOrFirstAndLastLinks() {
        Pager pager = Pager.of(P, 50, 100);
        assertEquals(List.of(46L, 47L, 48L, 49L, 50L, 51L, 52L, 53L, 54L), numbers(pager));
        assertFalse(numbers(pager).contains(1L));
        assertFalse(numbers(pager).contains(100L));
    }

    @Test
    void aPagePastTheLastKeepsOnlyThePreviousLink() {
        Pager pager = Pager.of(P, 9, 3);
        assertTrue(pager.show());
        assertEquals(P + "8", pager.prev());
        assertNull(pager.next());
        assertEquals(List.of(), pager.links());
    }

    @Test
    void rejectsPageZeroAndNegativePageCounts() {
        assertThrows(IllegalArgumentException.class, () -> Pager.of(P, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Pager.of(P, 1, -1));
    }

    @Test
    void linksCannotBeChangedAfterwards() {
        Pager pager = Pager.of(P, 1, 3);
        assertThrows(UnsupportedOperationException.class, () -> pager.links().clear());
    }
}
