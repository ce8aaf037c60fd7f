package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A coordinator paired a weekly writer with a detained person. */
public record PenPalMatched(UUID matchId, UUID writerId, UUID recipientId, String language, Instant matchedAt) implements DomainEvent {

    public PenPalMatched {
        DomainEvent.requireId(matchId, "matchId");
    }

    @Override
    public UUID aggregateId() {
        return matchId;
    }
}
