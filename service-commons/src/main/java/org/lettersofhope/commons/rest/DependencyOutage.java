package org.lettersofhope.commons.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

/**
 * Tells a dependency outage (PostgreSQL or the Kafka broker unreachable, shutting down or out of connections) from a
 * fault of ours. An outage is answered 503 with {@code Retry-After}: the request was fine, and the same request
 * succeeds once the dependency is back. Only what is known to be an outage counts; anything else stays a 500.
 */
public final class DependencyOutage {

    private static final Logger LOG = Logger.getLogger(DependencyOutage.class);

    /** Seconds a client should wait before trying again: about how long a restart or a failover takes. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DependencyOutage() {
    }

    /**
     * A dependency that is up but behind: what waits for it here has reached its bound (mails for a slow SMTP relay).
     * Thrown before anything is written, so that the request can be answered like an outage rather than queued
     * without a bound.
     */
    public static final class Saturated extends RuntimeException {

        public Saturated(String what) {
            super(what, null, false, false);
        }
    }

    /** Whether {@code e}, or any of its causes, says a dependency could not be reached or is saturated. */
    public static boolean isOutage(Throwable e) {
        return anyCause(e, DependencyOutage::isOutageItself);
    }

    private static boolean isOutageItself(Throwable t) {
        if (t instanceof Saturated || t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof org.apache.kafka.common.errors.RetriableException) {
            return true;
        }
        if (t instanceof SQLException s) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state))) {
                return true;
            }
            // Agroal's pool, when no connection could be had in time, says so only in words.
            String message = s.getMessage();
            return state == null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    /** The answer to a request that met an outage; logged as one line (the kind of failure, no stack trace). */
    public static Response response(Throwable e, String path) {
        if (saturated(e)) {
            // its owner says once when it starts and stops refusing: one line per refusal would flood the log
            LOG.debugf("a dependency is saturated on %s", Problems.instance(path));
        } else {
            LOG.warnf("a dependency is unavailable on %s: %s", Problems.instance(path), describe(e));
        }
        return Problems.builder(problem(path))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .build();
    }

    public static Problem problem(String path) {
        return new Problem(ProblemTypes.DEPENDENCY_UNAVAILABLE, Problems.title(503), 503,
                "A service this request needs is unavailable for the moment. Try again after the Retry-After "
                        + "seconds; nothing was changed.",
                Problems.instance(path), java.util.List.of());
    }

    private static boolean saturated(Throwable e) {
        return anyCause(e, Saturated.class::isInstance);
    }

    /** {@code e} or one of its causes (a bounded walk: a cause chain may loop). */
    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost SQL state or exception type: enough to tell outages apart in the log, nothing of the data. */
    private static String describe(Throwable e) {
        String found = e.getClass().getSimpleName();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            found = t instanceof SQLException s && s.getSQLState() != null
                    ? t.getClass().getSimpleName() + " (SQL state " + s.getSQLState() + ")"
                    : t.getClass().getSimpleName();
        }
        return found;
    }
}
