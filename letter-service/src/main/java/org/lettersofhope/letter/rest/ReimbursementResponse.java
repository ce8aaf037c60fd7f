package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Reimbursement;
import org.lettersofhope.letter.domain.ReimbursementItem;
import org.lettersofhope.letter.domain.ReimbursementStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Reimbursement")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReimbursementResponse(UUID id, UUID volunteerId, UUID chapterId, long amountCents,
        @Schema(examples = "USD") String currency, List<ReimbursementItem> items, String receiptReference,
        ReimbursementStatus status,
        @Schema(description = "Where the request may go next", examples = "[\"APPROVED\", \"REJECTED\"]")
        List<ReimbursementStatus> allowedNextStatuses,
        String rejectionReason, Instant decidedAt, Instant paidAt, Instant createdAt, Instant updatedAt) {

    static ReimbursementResponse of(Reimbursement r) {
        return new ReimbursementResponse(r.id, r.volunteerId, r.chapterId, r.amountCents, r.currency,
                List.copyOf(r.items), r.receiptReference, r.status, r.status.allowedNext().stream().sorted().toList(),
                r.rejectionReason, r.decidedAt, r.paidAt, r.createdAt, r.updatedAt);
    }
}
