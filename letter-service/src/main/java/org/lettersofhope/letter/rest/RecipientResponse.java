package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.CustodyChange;
import org.lettersofhope.letter.domain.Recipient;
import org.lettersofhope.letter.service.RecipientView;
import org.lettersofhope.shared.event.letter.CustodyStatus;

/** A recipient as headquarters sees them, identifiers decrypted. Never given to anyone else. */
@Schema(name = "Recipient")
public record RecipientResponse(
        UUID id,
        @Schema(examples = "Ana L.") String displayName,
        @Schema(description = "Headquarters only", examples = "Ana Lucia Lopez") String fullName,
        @Schema(description = "Headquarters only; A and nine digits", examples = "A123456789") String aNumber,
        @Schema(examples = "es") String preferredLanguage,
        UUID facilityId,
        CustodyStatus custodyStatus,
        boolean consentsToLetters,
        Instant createdAt,
        Instant updatedAt) {

    static RecipientResponse of(RecipientView v) {
        Recipient r = v.recipient();
        return new RecipientResponse(r.id, r.displayName, v.fullName(), v.aNumber(), r.preferredLanguage,
                r.facilityId, r.custodyStatus, r.consentsToLetters, r.createdAt, r.updatedAt);
    }

    @Schema(name = "CustodyHistoryEntry", description = "One custody change: who made it and when")
    public record HistoryEntry(CustodyStatus fromStatus, CustodyStatus toStatus, UUID fromFacilityId,
            UUID toFacilityId, @Schema(description = "Volunteer id of the coordinator, or the API key") String changedBy,
            Instant changedAt) {

        static HistoryEntry of(CustodyChange c) {
            return new HistoryEntry(c.fromStatus, c.toStatus, c.fromFacilityId, c.toFacilityId, c.changedBy,
                    c.changedAt);
        }
    }
}
