package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full recompute job with a table of ids and a recording compute step; threads are joined, never slept on. */
class RelatedRecomputeTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> computed = new ConcurrentHashMap<>();

    private RelatedRecompute job(long count) {
        List<Long> ids = LongStream.rangeClosed(1, count).map(i -> i * 3).boxed().toList(); // 3, 6, 9, ...
        RelatedRecompute r = new RelatedRecompute();
        r.pages = (after, limit) -> ids.stream().filter(i -> i > after).limit(limit).toList();
        r.compute = id -> computed.merge(id, 1, Integer::sum);
        r.threadFactory = task -> {
            Thread t = new Thread(task);
            threads.add(t);
            return t;
        };
        r.parallelism = 2;
        r.clock = Clock.fixed(T0, ZoneOffset.UTC);
        return r;
    }

    private void joinAll() throws InterruptedException {
        for (int i = 0; i < threads.size(); i++) { // the job's own thread first, then its workers
            threads.get(i).join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    @Test
    void everyPublishedArticleGetsItsListExactlyOnceAcrossPagesAndThreads() throws Exception {
        RelatedRecompute r = job(12_345); // two pages of 10,000
        RelatedRecompute.Start s = r.start();
        assertTrue(s.started());
        assertTrue(s.status().running());
        assertEquals(T0, s.status().startedAt());
        joinAll();
        assertEquals(12_345, computed.size());
        assertTrue(computed.values().stream().allMatch(n -> n == 1));
        assertEquals(3L * 12_345, computed.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
        RelatedRecompute.Status st = r.status();
        assertFalse(st.running());
        assertEquals(12_345, st.done());
        assertEquals(12_345, st.total());
        assertEquals(0, st.failed());
        assertEquals(T0, st.finishedAt());
        assertTrue(st.listsPerSecond() > 0);
        assertEquals(1 + 2, threads.size(), "the job's thread and two workers");
    }

    @Test
    void aFailingListIsCountedAndTheJobGoesOn() throws Exception {
        RelatedRecompute r = job(10);
        r.compute = id -> {
            if (id == 9) {
                throw new IllegalStateException("boom");
            }
            computed.merge(id, 1, Integer::sum);
        };
        r.start();
        joinAll();
        RelatedRecompute.Status st = r.status();
        assertEquals(10, st.done());
        assertEquals(1, st.failed());
        assertEquals(9, computed.size());
    }

    @Test
    void aSecondStartWhileRunningReturnsTheRunningJobAndStartsNoOther() throws Exception {
        RelatedRecompute r = job(4);
        CountDownLatch release = new CountDownLatch(1);
        r.compute = id -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            computed.merge(id, 1, Integer::sum);
        };
        assertTrue(r.start().started());
        RelatedRecompute.Start second = r.start();
        assertFalse(second.started());
        assertTrue(second.status().running());
        assertNull(second.status().finishedAt());
        release.countDown();
        joinAll();
        assertEquals(4, computed.size());
        assertTrue(computed.values().stream().allMatch(n -> n == 1));
        assertTrue(r.start().started(), "a finished job can be started again");
        joinAll();
        assertEquals(2, computed.get(3L));
    }

    @Test
    void beforeTheFirstJobTheStatusIsEmpty() {
        RelatedRecompute.Status st = job(1).status();
        assertEquals(new RelatedRecompute.Status(false, 0, 0, 0, null, null, 0), st);
    }
}
