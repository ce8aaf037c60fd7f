package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A detained person's custody status changed; a transfer names the facility they were moved to. */
public record RecipientCustodyChanged(UUID recipientId, CustodyStatus from, CustodyStatus to, UUID fromFacilityId, UUID toFacilityId,
        Instant changedAt) implements DomainEvent {

    public RecipientCustodyChanged {
        DomainEvent.requireId(recipientId, "recipientId");
    }

    @Override
    public UUID aggregateId() {
        return recipientId;
    }
}
