package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.letter.CustodyStatus;

/**
 * A recipient's custody changed (transfer, release, deportation, detention again). Fired synchronously inside the
 * transaction that records the change, so that observers ({@code @Observes CustodyChanged}) re-route or hold letters
 * and end pen-pal matches in the same transaction: all of it happens, or none. {@code toFacilityId} is the new
 * facility on a transfer, the last one otherwise.
 */
public record CustodyChanged(UUID recipientId, CustodyStatus from, CustodyStatus to, UUID fromFacilityId,
        UUID toFacilityId, Instant changedAt) {

    /** Released or deported: mail no longer reaches them at a facility. */
    public boolean endsCustody() {
        return to == CustodyStatus.RELEASED || to == CustodyStatus.DEPORTED;
    }

    public boolean movesFacility() {
        return fromFacilityId != null && !fromFacilityId.equals(toFacilityId);
    }
}
