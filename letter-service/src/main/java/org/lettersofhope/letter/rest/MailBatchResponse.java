package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.MailBatch;
import org.lettersofhope.letter.domain.MailBatchStatus;
import org.lettersofhope.letter.service.MailBatchView;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "MailBatch", description = "Letters for one facility mailed together; list them with "
        + "GET /api/letters?batchId=…")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailBatchResponse(UUID id, UUID facilityId, MailBatchStatus status,
        @Schema(description = "Letters in it now; once mailed, the letters mailed") long letterCount,
        Long postageCents, String currency, Instant createdAt, Instant sealedAt, Instant mailedAt,
        Instant updatedAt) {

    static MailBatchResponse of(MailBatchView v) {
        MailBatch b = v.batch();
        return new MailBatchResponse(b.id, b.facilityId, b.status, v.letterCount(), b.postageCents, b.currency,
                b.createdAt, b.sealedAt, b.mailedAt, b.updatedAt);
    }
}
