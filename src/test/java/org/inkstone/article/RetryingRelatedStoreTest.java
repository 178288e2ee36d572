package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryingRelatedStoreTest {

    /** A map store whose next {@code deadlocks} writes fail as a deadlock victim (wrapped as MyBatis wraps it). */
    private static final class Deadlocking extends RelatedUpdatesTest.MapStore {
        int deadlocks;
        int attempts;

        @Override
        public void replace(long articleId, List<Long> ids) {
            attempts++;
            if (deadlocks-- > 0) {
                throw new RuntimeException("### Error updating database", new SQLTransactionRollbackException("Deadlock found"));
            }
            super.replace(articleId, ids);
        }
    }

    @Test
    void aDeadlockVictimIsWrittenAgain() {
        Deadlocking inner = new Deadlocking();
        inner.deadlocks = 2;
        new RetryingRelatedStore(inner).replace(1, List.of(2L, 3L));
        assertEquals(3, inner.attempts);
        assertEquals(List.of(2L, 3L), inner.lists.get(1L));
    }

    @Test
    void afterFiveDeadlocksTheFailureIsThrown() {
        Deadlocking inner = new Deadlocking();
        inner.deadlocks = 5;
        assertThrows(RuntimeException.class, () -> new RetryingRelatedStore(inner).replace(1, List.of(2L)));
        assertEquals(RetryingRelatedStore.ATTEMPTS, inner.attempts);
    }

    @Test
    void otherFailuresAreNotRetried() {
        Deadlocking inner = new Deadlocking();
        inner.failing.add(1L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RetryingRelatedStore(inner).replace(1, List.of(2L)));
        assertSame(IllegalStateException.class, e.getClass());
        assertEquals(1, inner.attempts);
    }
}
