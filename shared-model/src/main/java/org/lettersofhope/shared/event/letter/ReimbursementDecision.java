package org.lettersofhope.shared.event.letter;

/** A coordinator's decision on a reimbursement request, and its settlement. */
public enum ReimbursementDecision {
    APPROVED, REJECTED, PAID
}
