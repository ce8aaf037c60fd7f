package org.lettersofhope.letter.domain;

import java.util.UUID;

import org.lettersofhope.shared.event.letter.CustodyStatus;

/**
 * A recipient as writers and the rest of letter-service may see them, with their facility's region: never the full
 * name or A-Number, which stay with {@code RecipientService} for headquarters.
 */
public record RecipientCard(UUID id, String displayName, String preferredLanguage, CustodyStatus custodyStatus,
        boolean consentsToLetters, UUID facilityId, String facilityRegion) {

    /** In custody and consenting: new letters may be written to them. */
    public boolean reachable() {
        return consentsToLetters
                && (custodyStatus == CustodyStatus.DETAINED || custodyStatus == CustodyStatus.TRANSFERRED);
    }
}
