package org.lettersofhope.letter.domain;

import java.util.EnumSet;
import java.util.Set;

/** A match is active until it ends; an ended match stays ended (the writer can be matched again). */
public enum PenPalMatchStatus {
    ACTIVE, ENDED;

    public Set<PenPalMatchStatus> allowedNext() {
        return this == ACTIVE ? EnumSet.of(ENDED) : EnumSet.noneOf(PenPalMatchStatus.class);
    }
}
