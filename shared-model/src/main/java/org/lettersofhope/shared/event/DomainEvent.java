package org.lettersofhope.shared.event;

import java.util.UUID;

/**
 * A payload carried on the event backbone. Implementations are records holding only ids, enums, counts, dates,
 * coarse geography and chapter ids: never names, emails, phone numbers, street addresses or A-Numbers.
 */
public interface DomainEvent {

    /** The id of the aggregate the event is about; it becomes the Kafka record key so one aggregate stays in order. */
    UUID aggregateId();

    /** Convenience for implementations whose aggregate id is a plain field. */
    static UUID requireId(UUID id, String name) {
        if (id == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return id;
    }
}
