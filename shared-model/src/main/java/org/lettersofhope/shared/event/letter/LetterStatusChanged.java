package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A solidarity letter moved along its lifecycle; {@code reason} is set where it stopped or came back. */
public record LetterStatusChanged(UUID letterId, LetterStatus from, LetterStatus to, LetterStatusReason reason, UUID campaignId,
        UUID facilityId, UUID chapterId, String region, Instant changedAt) implements DomainEvent {

    public LetterStatusChanged {
        DomainEvent.requireId(letterId, "letterId");
    }

    @Override
    public UUID aggregateId() {
        return letterId;
    }
}
