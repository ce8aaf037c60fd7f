package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A coordinator rejected a proposed community event. The reason is free text and stays in volunteer-service. */
public record EventRejected(UUID eventId, String region, UUID chapterId, Instant rejectedAt) implements DomainEvent {

    public EventRejected {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
