package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * The host marked attendance after a community event. The counts are the event's totals after this change, not a
 * difference: a reader keeps the latest and never adds them up.
 */
public record AttendanceRecorded(UUID eventId, String region, UUID chapterId, UUID campaignId, int attended,
        int noShow, Instant recordedAt) implements DomainEvent {

    public AttendanceRecorded {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
