package org.lettersofhope.shared.event.volunteer;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A volunteer accepted a version of the Letter Writing Guidelines; pen-pal matching requires the current one. */
public record VolunteerGuidelinesAccepted(UUID volunteerId, String guidelinesVersion, Instant acceptedAt)
        implements DomainEvent {

    public VolunteerGuidelinesAccepted {
        DomainEvent.requireId(volunteerId, "volunteerId");
    }

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
