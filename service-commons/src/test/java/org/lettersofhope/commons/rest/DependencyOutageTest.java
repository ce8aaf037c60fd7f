package org.lettersofhope.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

class DependencyOutageTest {

    private static Throwable wrapped(Throwable cause) {
        // as a failure reaches the mappers: a persistence or transaction failure around the driver's
        return new IllegalStateException("ledger entries could not be written", new PersistenceException(cause));
    }

    @Test
    void theDatabaseResettingItsConnectionIsAnOutageNotTheClientGoingAway() {
        Throwable crashed = wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new java.net.SocketException("Connection reset")));
        assertTrue(DependencyOutage.isOutage(crashed));
        assertFalse(ProblemMappers.clientWentAway(crashed));
        assertTrue(ProblemMappers.clientWentAway(new java.net.SocketException("Connection reset")));
    }

    @Test
    void connectionFailuresShutdownsAndAnExhaustedPoolAreOutages() {
        for (String state : new String[] { "08001", "08003", "08006", "57P01", "57P02", "57P03", "53300" }) {
            assertTrue(DependencyOutage.isOutage(wrapped(new SQLException("x", state))), state);
        }
        assertTrue(DependencyOutage.isOutage(wrapped(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("refused", "08001")))));
        // Agroal's pool: no SQL state, only words, under Hibernate's generic wrapper
        assertTrue(DependencyOutage.isOutage(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DependencyOutage.isOutage(wrapped(new SQLTransientConnectionException("gone"))));
        assertTrue(DependencyOutage.isOutage(new org.apache.kafka.common.errors.TimeoutException("no broker")));
    }

    @Test
    void ourOwnFaultsAndBadDataAreNotOutages() {
        assertFalse(DependencyOutage.isOutage(new IllegalStateException("a bug")));
        assertFalse(DependencyOutage.isOutage(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(DependencyOutage.isOutage(wrapped(new SQLException("no such table", "42P01"))));
        assertFalse(DependencyOutage.isOutage(wrapped(new SQLException("serialization", "40001"))));
        assertFalse(DependencyOutage.isOutage(new SQLException("something without a state")));
    }

    @Test
    void theProblemHasATypeOfItsOwnAndNamesNoClass() {
        Problem p = DependencyOutage.problem("/api/tallies");
        assertEquals(ProblemTypes.DEPENDENCY_UNAVAILABLE, p.type());
        assertEquals(503, p.status());
        assertEquals("/api/tallies", p.instance());
        assertFalse(Problems.json(p).contains("Exception"));
    }
}
