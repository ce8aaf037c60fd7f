package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A coordinator approved a proposed community event: it is now listed publicly and open for RSVPs. */
public record EventApproved(UUID eventId, CommunityEventKind kind, Instant startsAt, Instant endsAt, String region,
        UUID chapterId, UUID campaignId, Instant approvedAt) implements DomainEvent {

    public EventApproved {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
