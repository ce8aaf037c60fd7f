package org.lettersofhope.shared.event.volunteer;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A coordinator moved a volunteer along their lifecycle (applied → active → paused → left). */
public record VolunteerStatusChanged(UUID volunteerId, VolunteerStatus from, VolunteerStatus to, String region,
        UUID chapterId, Instant changedAt) implements DomainEvent {

    public VolunteerStatusChanged {
        DomainEvent.requireId(volunteerId, "volunteerId");
    }

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
