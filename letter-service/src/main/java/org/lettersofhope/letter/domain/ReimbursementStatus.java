package org.lettersofhope.letter.domain;

import java.util.EnumSet;
import java.util.Set;

/** Requested, then approved or rejected by a coordinator; an approved request is then paid. */
public enum ReimbursementStatus {
    REQUESTED, APPROVED, REJECTED, PAID;

    public Set<ReimbursementStatus> allowedNext() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(PAID);
            case REJECTED, PAID -> EnumSet.noneOf(ReimbursementStatus.class);
        };
    }
}
