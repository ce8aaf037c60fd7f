package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A coordinator approved, rejected or paid a reimbursement request. */
public record ReimbursementDecided(UUID reimbursementId, UUID volunteerId, ReimbursementDecision decision, long amountCents,
        String currency, Instant decidedAt) implements DomainEvent {

    public ReimbursementDecided {
        DomainEvent.requireId(reimbursementId, "reimbursementId");
    }

    @Override
    public UUID aggregateId() {
        return reimbursementId;
    }
}
