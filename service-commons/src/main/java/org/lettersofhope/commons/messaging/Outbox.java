package org.lettersofhope.commons.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;

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

    @ConfigProperty(name = "letters.events.source")
    String source;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DomainEvent> EventEnvelope record(EventType<T> type, T payload) {
        EventEnvelope envelope = EventCodec.wrap(type, source, payload);
        OutboxEvent row = new OutboxEvent();
        row.id = java.util.UUID.fromString(envelope.id());
        row.aggregateType = type.aggregateType();
        row.aggregateId = envelope.partitionkey();
        row.eventType = type.name();
        row.topic = type.topic();
        row.envelope = EventCodec.encodeToString(envelope);
        row.createdAt = Instant.now();
        repository.persist(row);
        wakeRelayAfterCommit();
        return envelope;
    }

    /**
     * Records many events in one JDBC batch, in order, as part of the caller's transaction — for bulk work such as
     * an import, where one insert per event would dominate.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends DomainEvent> void recordAll(EventType<T> type, java.util.List<T> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        repository.getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                    + "(id, aggregate_type, aggregate_id, event_type, topic, envelope, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")) {
                for (T payload : payloads) {
                    EventEnvelope envelope = EventCodec.wrap(type, source, payload);
                    insert.setObject(1, java.util.UUID.fromString(envelope.id()));
                    insert.setString(2, type.aggregateType());
                    insert.setString(3, envelope.partitionkey());
                    insert.setString(4, type.name());
                    insert.setString(5, type.topic());
                    insert.setString(6, EventCodec.encodeToString(envelope));
                    insert.setObject(7, java.sql.Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_KEY) != null) {
            return;
        }
        transactions.putResource(WAKE_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
