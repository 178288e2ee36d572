package org.inkstone.web;

import org.inkstone.article.IndexFreshness;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code GET /api/health}: one evaluation of this node by {@link HealthMonitor}. Immutable.
 *
 * <p>The node is <em>up</em> (ready for requests) when the database answered and the index is caught up
 * ({@link IndexFreshness}); otherwise it is <em>down</em> and {@code down} names what failed:
 * {@code "database"} (no answer within the check's timeout, or an error), {@code "index"} (an outbox row older
 * than the allowance is unapplied), {@code "starting"} (not evaluated yet). With the database down the index
 * state is unknown ({@code head}, {@code caughtUp} and {@code lagMs} null) and only {@code "database"} is named.
 *
 * @param status   {@code "up"} or {@code "down"}
 * @param down     what is down, in that order; empty when up
 * @param ageMs    milliseconds since this evaluation finished (evaluations run every 0.5 s)
 * @param database the database check
 * @param index    this node's index
 */
public record Health(String status, List<String> down, long ageMs, Database database, Index index) {

    public Health {
        down = List.copyOf(down);
    }

    /**
     * The database check: a connection from the pool and {@code Connection.isValid(1)}, then the outbox head.
     *
     * @param up    whether both answered within the check's timeout
     * @param ms    how long the check took in milliseconds (for a check that timed out: how long it has run); null before the first check
     * @param error null when up; else a short reason ({@code "timeout"}, {@code "error"}, {@code "not checked yet"}), never the driver's message
     */
    public record Database(boolean up, Long ms, String error) {
    }

    /**
     * This node's Lucene index.
     *
     * @param applied     the outbox position this node's index applied (-1 before the index opened)
     * @param head        the outbox head in the database; null when the database did not answer
     * @param caughtUp    see {@link IndexFreshness}; null when unknown
     * @param lagMs       age of the oldest unapplied outbox row seen, in milliseconds; null when unknown
     * @param allowanceMs poll interval + grace: the largest {@code lagMs} that is still caught up
     * @param documents   live documents in this node's index (-1 before the index opened)
     */
    public record Index(long applied, Long head, Boolean caughtUp, Long lagMs, long allowanceMs, long documents) {
    }

    /** The state before the first evaluation: down, {@code "starting"}. */
    static Health starting(long allowanceMs) {
        return new Health("down", List.of("starting"), 0, new Database(false, null, "not checked yet"),
                new Index(-1, null, null, null, allowanceMs, -1));
    }

    /** The health of one evaluation: up exactly when {@code database.up()} and the verdict is caught up. */
    static Health of(Database database, IndexFreshness.Verdict verdict, long allowanceMs, long documents) {
        List<String> down = new ArrayList<>();
        if (!database.up()) {
            down.add("database");
        }
        if (Boolean.FALSE.equals(verdict.caughtUp()) || (database.up() && verdict.caughtUp() == null)) {
            down.add("index");
        }
        return new Health(down.isEmpty() ? "up" : "down", down, 0, database,
                new Index(verdict.applied(), verdict.head(), verdict.caughtUp(), verdict.lagMs(), allowanceMs, documents));
    }

    /** Whether the node is ready for requests. */
    public boolean up() {
        return down.isEmpty();
    }

    /** This evaluation with {@code ageMs} set. */
    Health aged(long ageMs) {
        return new Health(status, down, ageMs, database, index);
    }
}
