package org.lettersofhope.commons.persistence;

import java.util.Set;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Turns a lost race on a unique key into a retry rather than an error. */
public final class UniqueViolations {

    private UniqueViolations() {
    }

    public static boolean isUniqueViolation(Throwable e) {
        return SqlStates.any(e, Set.of(SqlStates.UNIQUE_VIOLATION));
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
