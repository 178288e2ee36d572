package org.inkstone.common;

import java.sql.SQLIntegrityConstraintViolationException;

/** Classification of database failures that callers turn into answers. Stateless. */
public final class Sql {

    private Sql() {
    }

    /** True when {@code e} was caused by a unique or primary key violation (MySQL/MariaDB error 1062). */
    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException s && s.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} was caused by a row that other rows still refer to (MySQL/MariaDB error 1451,
     * {@code ER_ROW_IS_REFERENCED_2}: a delete or key update refused by a foreign key).
     */
    public static boolean isReferenced(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && (s.getErrorCode() == 1451 || s.getErrorCode() == 1217)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an {@link java.sql.SQLException} is among the causes of {@code e} (itself included): the database
     * is down or restarting, a statement timed out, or the pool had no connection within its wait bound. The
     * error mappers answer such failures with 503 and {@code Retry-After}.
     */
    public static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
