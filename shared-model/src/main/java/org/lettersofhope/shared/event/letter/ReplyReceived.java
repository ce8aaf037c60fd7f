package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A detained person's reply reached headquarters and was routed to the writer. */
public record ReplyReceived(UUID replyId, UUID recipientId, UUID writerId, UUID matchId, String language, boolean needsTranslation,
        LocalDate receivedOn, Instant loggedAt) implements DomainEvent {

    public ReplyReceived {
        DomainEvent.requireId(replyId, "replyId");
    }

    @Override
    public UUID aggregateId() {
        return replyId;
    }
}
