package org.lettersofhope.letter.domain;

/** One line of a reimbursement request: what was bought, how many, and what it cost in minor units. */
public record ReimbursementItem(ReimbursementItemKind kind, int quantity, long amountCents) {
}
