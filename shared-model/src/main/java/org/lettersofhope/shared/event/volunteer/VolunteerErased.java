package org.lettersofhope.shared.event.volunteer;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A volunteer's personal data was erased for good. Other services drop whatever they hold about this id; anonymous
 * counts (region, chapter) survive.
 */
public record VolunteerErased(UUID volunteerId, String region, UUID chapterId, Instant erasedAt)
        implements DomainEvent {

    public VolunteerErased {
        DomainEvent.requireId(volunteerId, "volunteerId");
    }

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
