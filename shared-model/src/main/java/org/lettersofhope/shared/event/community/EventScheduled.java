package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A host proposed a community event (a letter-writing evening, a postcard party…); it awaits review. Carries no title,
 * description, venue, address or meeting link: only what a counter or a calendar of regions needs.
 */
public record EventScheduled(UUID eventId, UUID hostId, CommunityEventKind kind, CommunityEventFormat format,
        Instant startsAt, Instant endsAt, String region, UUID chapterId, UUID campaignId, int capacity,
        Instant scheduledAt) implements DomainEvent {

    public EventScheduled {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
