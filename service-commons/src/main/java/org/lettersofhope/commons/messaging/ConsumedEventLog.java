package org.lettersofhope.commons.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The idempotent consumer's memory of which events it has already applied. */
@ApplicationScoped
public class ConsumedEventLog {

    public enum Outcome {
        APPLIED,
        /**
         * The record was not a readable event, or not one from the owner of its topic; kept so it is not looked at
         * again and can be audited. Never applied.
         */
        REJECTED
    }

    @Inject
    EntityManager em;

    /**
     * Records the event in the current transaction. Answers false when this consumer has recorded it before — the
     * caller must then not apply it again.
     */
    boolean recordIfNew(String consumer, String eventId, String eventType, String topic, int partition, long offset,
            Outcome outcome) {
        int inserted = em.createNativeQuery("insert into consumed_event "
                + "(consumer, event_id, event_type, topic, partition_no, record_offset, outcome, consumed_at) "
                + "values (:consumer, :eventId, :eventType, :topic, :partition, :offset, :outcome, :at) "
                + "on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .setParameter("topic", topic)
                .setParameter("partition", partition)
                .setParameter("offset", offset)
                .setParameter("outcome", outcome.name())
                .setParameter("at", Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
