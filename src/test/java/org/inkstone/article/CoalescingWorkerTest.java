package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoalescingWorkerTest {

    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final List<List<Long>> batches = new ArrayList<>();

    @Test
    void idsQueuedBeforeTheWorkerRunsAreOneBatchEachIdOnce() {
        CoalescingWorker w = new CoalescingWorker(tasks::add, batches::add);
        w.add(3);
        w.add(1);
        w.add(3);
        assertEquals(1, tasks.size(), "one drain task, not one per id");
        assertEquals(List.of(), batches, "nothing runs on the caller's thread");
        tasks.poll().run();
        assertEquals(List.of(List.of(3L, 1L)), batches);
        assertEquals(List.of(), w.pending());
    }

    @Test
    void anIdAddedWhileABatchRunsIsTheNextBatchOfTheSameTask() {
        CoalescingWorker[] w = new CoalescingWorker[1];
        w[0] = new CoalescingWorker(tasks::add, batch -> {
            batches.add(batch);
            if (batches.size() == 1) {
                w[0].add(7);
                w[0].add(7);
            }
        });
        w[0].add(5);
        tasks.poll().run();
        assertEquals(List.of(List.of(5L), List.of(7L)), batches);
        assertEquals(0, tasks.size());
        w[0].add(8);
        assertEquals(1, tasks.size(), "a new task once the previous one ended");
    }

    @Test
    void aFailingBatchIsDroppedAndTheWorkerGoesOn() {
        CoalescingWorker w = new CoalescingWorker(tasks::add, batch -> {
            batches.add(batch);
            if (batch.contains(1L)) {
                throw new IllegalStateException("boom");
            }
        });
        w.add(1);
        tasks.poll().run();
        w.add(2);
        tasks.poll().run();
        assertEquals(List.of(List.of(1L), List.of(2L)), batches);
    }

    @Test
    void aRefusedTaskKeepsTheIdsForTheNextAdd() {
        boolean[] refuse = {true};
        CoalescingWorker w = new CoalescingWorker(r -> {
            if (refuse[0]) {
                throw new RejectedExecutionException("shutting down");
            }
            tasks.add(r);
        }, batches::add);
        w.add(4);
        assertEquals(List.of(4L), w.pending());
        refuse[0] = false;
        w.add(6);
        tasks.poll().run();
        assertEquals(List.of(List.of(4L, 6L)), batches);
    }
}
