package org.lettersofhope.letter.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A new pen pal offered to a writer whose match ended: PROPOSED until the writer accepts (or headquarters confirms it
 * for them) or declines; WITHDRAWN when it can no longer be made (the recipient was matched, released or deported, or
 * the writer paused, left or was erased).
 */
public enum PenPalOfferStatus {
    PROPOSED, ACCEPTED, DECLINED, WITHDRAWN;

    public Set<PenPalOfferStatus> allowedNext() {
        return this == PROPOSED ? EnumSet.of(ACCEPTED, DECLINED, WITHDRAWN) : EnumSet.noneOf(PenPalOfferStatus.class);
    }
}
