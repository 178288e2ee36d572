package org.inkstone.article;

import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RelatedStore} that runs a write again when the database rolled it back as a deadlock victim (JDBC
 * {@link SQLTransactionRollbackException}, e.g. MySQL/MariaDB error 1213). Replacing two different lists at once can
 * deadlock in InnoDB: the entry delete takes next-key (gap) locks and the other transaction's insert needs the same
 * gap; MySQL's manual ("How to Minimize and Handle Deadlocks") says to be ready to re-issue such a transaction.
 * Up to {@value #ATTEMPTS} attempts; other failures, and the last deadlock, are thrown as they are. Thread-safe
 * when the wrapped store is.
 */
final class RetryingRelatedStore implements RelatedStore {

    static final int ATTEMPTS = 5;

    private final RelatedStore store;

    RetryingRelatedStore(RelatedStore store) {
        this.store = store;
    }

    @Override
    public Optional<List<Long>> find(long articleId) {
        return store.find(articleId);
    }

    @Override
    public void replace(long articleId, List<Long> ids) {
        retry(() -> store.replace(articleId, ids));
    }

    @Override
    public void delete(long articleId) {
        retry(() -> store.delete(articleId));
    }

    @Override
    public List<Long> holders(long articleId) {
        return store.holders(articleId);
    }

    private static void retry(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
