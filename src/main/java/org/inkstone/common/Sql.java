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
}
