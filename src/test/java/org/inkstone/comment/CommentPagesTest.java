package org.inkstone.comment;

import org.apache.ibatis.exceptions.PersistenceException;
import org.inkstone.common.InkstoneConfig;
import org.junit.jupiter.api.Test;

import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The article page's comment block while the comment table cannot be read (e.g. locked). */
class CommentPagesTest {

    private static final long MS = 1_000_000;

    /** Our own seam: a thread reader that answers, or fails as MyBatis does when a statement times out. */
    private static final class Threads extends CommentThreads {
        int calls;
        RuntimeException failure;

        @Override
        public CommentPage list(long articleId, boolean oldestFirst, Long cursor, int size, String viewerKey) {
            calls++;
            if (failure != null) {
                throw failure;
            }
            return new CommentPage(3, List.of(), null);
        }
    }

    private final Threads threads = new Threads();
    private final CommentPages pages = new CommentPages();
    private long now = 1_000_000_000L;

    CommentPagesTest() {
        pages.comments = threads;
        pages.settings = CommentSettings.from(new InkstoneConfig(Map.of(), new Properties()));
        pages.nanoClock = () -> now;
    }

    @Test
    void aTimedOutReadGivesNoBlockAndNoFurtherQueryFiveSeconds() {
        threads.failure = new PersistenceException(new SQLTimeoutException("Statement cancelled due to timeout"));
        assertEquals(Optional.empty(), pages.firstPage(7));
        assertEquals(1, threads.calls);
        threads.failure = null;
        now += 4_999 * MS;
        assertEquals(Optional.empty(), pages.firstPage(8), "no query while the table was found locked");
        assertEquals(1, threads.calls);
        now += 1 * MS;
        assertEquals(new CommentPage(3, List.of(), null), pages.firstPage(7).orElseThrow());
        assertEquals(2, threads.calls);
    }

    @Test
    void theFallbackIsNotCachedButARealPageIs() {
        threads.failure = new PersistenceException(new SQLTimeoutException("timeout"));
        pages.firstPage(7);
        threads.failure = null;
        now += 5_000 * MS;
        CommentPage first = pages.firstPage(7).orElseThrow();
        assertSame(first, pages.firstPage(7).orElseThrow());
        assertEquals(2, threads.calls, "the second answer came from the page cache");
    }

    @Test
    void aFailureWithoutADatabaseCauseStillFails() {
        threads.failure = new IllegalStateException("bug");
        assertThrows(IllegalStateException.class, () -> pages.firstPage(7));
        threads.failure = null;
        assertEquals(3, pages.firstPage(7).orElseThrow().count(), "and opens no pause");
    }
}
