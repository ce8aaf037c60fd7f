package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** Headquarters mailed a sealed batch of approved letters to one facility. */
public record MailBatchMailed(UUID batchId, UUID facilityId, int letterCount, long postageCents, String currency, Instant mailedAt) implements DomainEvent {

    public MailBatchMailed {
        DomainEvent.requireId(batchId, "batchId");
    }

    @Override
    public UUID aggregateId() {
        return batchId;
    }
}
