package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A volunteer asked to be paid back for stamps, postage or postcards above the threshold. */
public record ReimbursementRequested(UUID reimbursementId, UUID volunteerId, long amountCents, String currency, Instant requestedAt) implements DomainEvent {

    public ReimbursementRequested {
        DomainEvent.requireId(reimbursementId, "reimbursementId");
    }

    @Override
    public UUID aggregateId() {
        return reimbursementId;
    }
}
