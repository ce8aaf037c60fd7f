package org.lettersofhope.commons.messaging;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox's backlog as gauges: {@code letters_outbox_backlog} (rows not yet published) and
 * {@code letters_outbox_oldest_age_seconds} (how long the oldest of them has waited; 0 when none). A growing backlog
 * or age means the relay cannot reach Kafka; {@code letters_outbox_failures_total} counts its failed sends. Read
 * from the database at most every five seconds, whoever scrapes.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    /** What was read, and when (System.nanoTime). */
    private record Backlog(double rows, double oldestAgeSeconds, long readAt) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    private volatile Backlog last;

    void onStart(@Observes StartupEvent event) {
        // Registered up front so that a dashboard sees 0 rather than nothing before the first failure.
        metrics.counter("letters.outbox.failures");
        metrics.counter("letters.outbox.published");
        Gauge.builder("letters.outbox.backlog", this, m -> m.backlog().rows())
                .description("outbox rows not yet published to Kafka").register(metrics);
        Gauge.builder("letters.outbox.oldest.age", this, m -> m.backlog().oldestAgeSeconds())
                .description("how long the oldest unpublished outbox row has waited").baseUnit("seconds")
                .register(metrics);
    }

    /** The backlog as of at most five seconds ago; NaN when the database cannot be read. */
    Backlog backlog() {
        Backlog b = last;
        long now = System.nanoTime();
        if (b == null || now - b.readAt() > MAX_AGE_NANOS) {
            b = read(now);
            last = b;
        }
        return b;
    }

    private Backlog read(long now) {
        // Both answered from the partial index on unpublished rows; created_at of the lowest seq is the oldest.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from outbox_event where published_at is null), "
                        + "(select created_at from outbox_event where published_at is null order by seq limit 1), "
                        + "now()")) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            double age = oldest == null ? 0 : Math.max(0, (rs.getTimestamp(3).getTime() - oldest.getTime()) / 1000.0);
            return new Backlog(rs.getLong(1), age, now);
        } catch (SQLException e) {
            LOG.debugf("outbox backlog could not be read: %s", e.getMessage());
            return new Backlog(Double.NaN, Double.NaN, now);
        }
    }
}
