package org.lettersofhope.letter.service;

import java.util.List;

import org.lettersofhope.letter.domain.ReimbursementItem;

/** A reimbursement request as the volunteer sends it; bounds are checked at the API edge. */
public record ReimbursementForm(long amountCents, String currency, List<ReimbursementItem> items,
        String receiptReference) {
}
