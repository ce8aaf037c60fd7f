package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A volunteer logged that they mailed pieces themselves to an official in an advocacy campaign. */
public record AdvocacyPiecesLogged(UUID logId, UUID campaignId, UUID targetId, PieceKind pieceKind, int count, UUID volunteerId,
        UUID chapterId, String region, LocalDate sentOn, Instant loggedAt) implements DomainEvent {

    public AdvocacyPiecesLogged {
        DomainEvent.requireId(logId, "logId");
    }

    @Override
    public UUID aggregateId() {
        return logId;
    }
}
