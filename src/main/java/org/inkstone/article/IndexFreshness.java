package org.inkstone.article;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Whether this node's index is caught up with the outbox, the index half of {@code /api/health}.
 *
 * <p>The rule. Each evaluation compares the outbox position this node applied ({@code applied},
 * {@link ArticleIndexer#appliedPosition()}) with the outbox head in the database ({@code head}, the highest id).
 * An outbox row counts as <em>seen</em> from the first evaluation whose head reached its id. The index is
 * <em>caught up</em> unless some row that is still unapplied was seen more than the allowance ago, where the
 * allowance is the poll interval ({@code inkstone.index.poll-interval-ms}) plus the grace
 * ({@code inkstone.health.index-grace-ms}): a healthy node applies a new row at its next poll, and the grace
 * covers the time a poll spends applying a batch and waiting behind the other tasks of the node's one scheduler
 * thread. {@code lagMs} is the age of the oldest unapplied row seen (0 when none is unapplied). Without a head
 * (the database did not answer) the state is unknown: {@code caughtUp} and {@code lagMs} are null.
 *
 * <p>Why "seen" and not the row's {@code created_at}: that time comes from the writing node's clock and is taken
 * before its transaction commits, so clock skew between nodes, or a long import transaction, would make a
 * healthy node look behind. Ages measured here use this node's monotonic clock only. Evaluations run every
 * {@link #EVALUATION_INTERVAL_MS} ms, so a row is seen at most that long after its commit (plus the probe's
 * time): ages may be short by that much.
 *
 * <p>Not thread-safe: one evaluator calls {@link #observe} at a time (the health monitor's loop).
 */
public final class IndexFreshness {

    /** How often the health monitor evaluates (milliseconds); the resolution of the ages measured here. */
    public static final long EVALUATION_INTERVAL_MS = 500;

    /** Most remembered sightings; beyond it the newest one absorbs later heads (their age is then overstated). */
    static final int MAX_SIGHTINGS = 1_024;

    private final long allowanceNanos;
    /** Heads seen above {@code applied}, oldest first, each with the time it was first seen. */
    private final Deque<Sighting> sightings = new ArrayDeque<>();

    private record Sighting(long head, long seenNanos) {
    }

    /**
     * The verdict of one evaluation.
     *
     * @param applied  this node's applied outbox position
     * @param head     the outbox head, or null when the database did not answer
     * @param caughtUp whether no row older than the allowance is unapplied; null when unknown (no head)
     * @param lagMs    age in milliseconds of the oldest unapplied row seen, 0 when none; null when unknown
     */
    public record Verdict(long applied, Long head, Boolean caughtUp, Long lagMs) {
    }

    /**
     * @param pollInterval the outbox poll interval ({@code inkstone.index.poll-interval-ms})
     * @param grace        the grace on top of it ({@code inkstone.health.index-grace-ms})
     */
    public IndexFreshness(Duration pollInterval, Duration grace) {
        this.allowanceNanos = pollInterval.plus(grace).toNanos();
    }

    /**
     * Records one evaluation and judges it.
     *
     * @param applied   this node's applied outbox position (-1 before the index opened)
     * @param head      the outbox head read just now, or null when it could not be read
     * @param nowNanos  this node's monotonic clock ({@link System#nanoTime()})
     */
    public Verdict observe(long applied, Long head, long nowNanos) {
        while (!sightings.isEmpty() && sightings.peekFirst().head() <= applied) {
            sightings.removeFirst();
        }
        if (head == null) {
            return new Verdict(applied, null, null, null);
        }
        if (head <= applied) {
            sightings.clear();
            return new Verdict(applied, head, true, 0L);
        }
        Sighting newest = sightings.peekLast();
        if (newest == null || head > newest.head()) {
            if (sightings.size() >= MAX_SIGHTINGS) {
                sightings.removeLast();
                sightings.addLast(new Sighting(head, newest.seenNanos()));
            } else {
                sightings.addLast(new Sighting(head, nowNanos));
            }
        }
        long ageNanos = nowNanos - sightings.peekFirst().seenNanos();
        return new Verdict(applied, head, ageNanos <= allowanceNanos, ageNanos / 1_000_000);
    }
}
