package org.lettersofhope.commons.messaging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** What the relay sends of an outbox row. */
    record Pending(long seq, String topic, String key, String envelope) {
    }

    /**
     * The oldest unpublished events, locked for this relay transaction. Plain JDBC, like the insert in
     * {@link Outbox}: the relay reads every event once, and loading entities for that cost it a third of its time.
     */
    List<Pending> lockNextBatch(int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select seq, topic, aggregate_id, envelope from outbox_event "
                    + "where published_at is null order by seq limit ? for update skip locked")) {
                ps.setInt(1, limit);
                List<Pending> batch = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        batch.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
                return batch;
            }
        });
    }

    int markPublished(List<Long> seqs, Instant at) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update outbox_event set published_at = ? where seq = any(?)")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setArray(2, c.createArrayOf("bigint", seqs.toArray()));
                return ps.executeUpdate();
            }
        });
    }

    long countUnpublished() {
        return count("publishedAt is null");
    }

    long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }

    /**
     * Only one relay per database publishes at a time, so that one aggregate's events leave in the order they were
     * written even when a service runs several instances. Released when the transaction ends.
     */
    boolean tryRelayLock() {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext('outbox-relay'))");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
