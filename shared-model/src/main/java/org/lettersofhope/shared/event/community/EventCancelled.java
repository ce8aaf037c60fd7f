package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** The host or a coordinator cancelled a community event; {@code previousStatus} says whether it had been approved. */
public record EventCancelled(UUID eventId, CommunityEventStatus previousStatus, Instant startsAt, String region,
        UUID chapterId, Instant cancelledAt) implements DomainEvent {

    public EventCancelled {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
