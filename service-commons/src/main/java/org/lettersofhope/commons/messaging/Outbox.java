package org.lettersofhope.commons.messaging;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.commons.tracing.Tracing;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.Topics;

/**
 * Records an event in the outbox as part of the caller's transaction, so the event exists if and only if the state
 * change it describes was committed. The relay is woken once the transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_KEY = new Object();

    @Inject
    OutboxRepository repository;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** This service: it writes only the topics it owns, which is what every consumer checks. */
    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Inject
    MessagingConfig config;

    @Inject
    EnvelopeChecks checks;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DomainEvent> EventEnvelope record(EventType<T> type, T payload) {
        EventEnvelope envelope = wrap(type, payload);
        insert(type, List.of(envelope));
        wakeRelayAfterCommit();
        return envelope;
    }

    /** Records many events in one JDBC batch, in order, as part of the caller's transaction (bulk work). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DomainEvent> void recordAll(EventType<T> type, List<T> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        insert(type, payloads.stream().map(p -> wrap(type, p)).toList());
        wakeRelayAfterCommit();
    }

    /**
     * The insert of one outbox row, with seven parameters that {@link Row#bind} sets: for a service's busiest write
     * to add to its own statement (a data-modifying WITH clause), saving a round trip.
     */
    public static final String INSERT = "insert into outbox_event (id, aggregate_type, aggregate_id, event_type, "
            + "topic, envelope, created_at) values (?, ?, ?, ?, ?, ?, ?)";

    /** An outbox row to be written by the caller's own statement, in the caller's transaction. */
    public record Row(UUID id, String aggregateType, String aggregateId, String eventType, String topic,
            String envelope, Timestamp createdAt) {

        /** Sets the seven parameters of {@link #INSERT} from {@code first} on; answers the next index. */
        public int bind(PreparedStatement ps, int first) throws java.sql.SQLException {
            ps.setObject(first, id);
            ps.setString(first + 1, aggregateType);
            ps.setString(first + 2, aggregateId);
            ps.setString(first + 3, eventType);
            ps.setString(first + 4, topic);
            ps.setString(first + 5, envelope);
            ps.setTimestamp(first + 6, createdAt);
            return first + 7;
        }

        static Row of(EventType<?> type, EventEnvelope envelope, Timestamp at) {
            return new Row(UUID.fromString(envelope.id()), type.aggregateType(), envelope.partitionkey(), type.name(),
                    type.topic(), EventCodec.encodeToString(envelope), at);
        }
    }

    /**
     * The row for an event that the caller writes with {@link #INSERT} in its own statement of the current
     * transaction; the relay is woken once that commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DomainEvent> Row row(EventType<T> type, T payload) {
        Row row = Row.of(type, wrap(type, payload), Timestamp.from(Instant.now()));
        wakeRelayAfterCommit();
        return row;
    }

    /**
     * The envelope, from the owner of the type's topic, which must be this service: consumers believe no other. It
     * carries the current trace context, so that consumers continue the trace of the work that wrote it.
     */
    private <T extends DomainEvent> EventEnvelope wrap(EventType<T> type, T payload) {
        if (!Topics.owner(type.topic()).map(application::equals).orElse(false)) {
            throw new IllegalStateException(application + " does not own " + type.topic());
        }
        EventEnvelope envelope = Tracing.stamp(EventCodec.wrap(type, config.sourceBase() + application, payload)
                .withDataschema(config.schemaBase() + type.name()));
        checks.check(envelope);
        return envelope;
    }

    /**
     * Plain JDBC on the transaction's connection: an outbox row is written once and never changed, so the entity
     * machinery would only add cost to every state change.
     */
    private void insert(EventType<?> type, List<EventEnvelope> envelopes) {
        Timestamp now = Timestamp.from(Instant.now());
        repository.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (EventEnvelope envelope : envelopes) {
                    Row.of(type, envelope, now).bind(insert, 1);
                    if (envelopes.size() == 1) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                    }
                }
                if (envelopes.size() > 1) {
                    insert.executeBatch();
                }
            }
        });
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKE_KEY, relay::wake);
    }
}
