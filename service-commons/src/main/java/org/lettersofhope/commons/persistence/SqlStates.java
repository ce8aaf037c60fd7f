package org.lettersofhope.commons.persistence;

import java.sql.SQLException;
import java.util.Set;

/** What PostgreSQL said went wrong, by SQLSTATE, anywhere in a failure's causes. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String SERIALIZATION_FAILURE = "40001";
    public static final String DEADLOCK_DETECTED = "40P01";

    private SqlStates() {
    }

    /** Whether a cause of {@code e} is an SQL failure with one of {@code states}. */
    public static boolean any(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
