package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A piece was logged: at headquarters, from a quick note, at an event or as self-mailed advocacy. Carries the
 * writer's id, never their name.
 */
public record LetterLogged(UUID letterId, PieceKind pieceKind, LetterOrigin origin, UUID campaignId, UUID recipientId,
        UUID facilityId, UUID writerId, UUID chapterId, String region, Instant loggedAt) implements DomainEvent {

    public LetterLogged {
        DomainEvent.requireId(letterId, "letterId");
    }

    @Override
    public UUID aggregateId() {
        return letterId;
    }
}
