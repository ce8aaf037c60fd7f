package org.lettersofhope.shared.event.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * What a community event achieved, as its host reported back. A report is recorded once per event: a correction
 * replaces it. The counts are the whole report, and {@code revision} grows with each correction, so a reader keeps the
 * highest revision and never adds reports up.
 */
public record EventReportedBack(UUID eventId, CommunityEventKind kind, LocalDate eventDate, String region,
        UUID chapterId, UUID campaignId, int lettersWritten, int postcardsWritten, int attendees, int revision,
        Instant reportedAt) implements DomainEvent {

    public EventReportedBack {
        DomainEvent.requireId(eventId, "eventId");
    }

    @Override
    public UUID aggregateId() {
        return eventId;
    }
}
