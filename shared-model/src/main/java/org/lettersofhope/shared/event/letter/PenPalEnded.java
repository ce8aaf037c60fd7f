package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A pen-pal match ended; the writer can be matched again. */
public record PenPalEnded(UUID matchId, UUID writerId, UUID recipientId, PenPalEndReason reason, Instant endedAt) implements DomainEvent {

    public PenPalEnded {
        DomainEvent.requireId(matchId, "matchId");
    }

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
