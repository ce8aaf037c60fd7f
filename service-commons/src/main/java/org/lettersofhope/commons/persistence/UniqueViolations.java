package org.lettersofhope.commons.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Turns a lost race on a unique key into a retry rather than an error. */
public final class UniqueViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} in a new transaction; if a concurrent writer inserted the same key first, runs it once more,
     * when it will find that row instead of inserting its own.
     */
    public static <T> T retryOnce(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    }
}
