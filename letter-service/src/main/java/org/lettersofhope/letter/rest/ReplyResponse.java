package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Reply;
import org.lettersofhope.letter.rest.LetterResponse.RecipientSummary;
import org.lettersofhope.letter.service.ReplyView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reply: who it is from (display name and language only) and for; no address of either side. */
@Schema(name = "Reply")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyResponse(UUID id, RecipientSummary from, UUID writerId, UUID matchId, LocalDate receivedOn,
        String language, boolean needsTranslation,
        @Schema(description = "Who logged it; headquarters only") String loggedBy, Instant loggedAt) {

    static ReplyResponse of(ReplyView v) {
        Reply r = v.reply();
        return new ReplyResponse(r.id, RecipientSummary.of(v.recipient()), r.writerId, r.matchId, r.receivedOn,
                r.language, r.needsTranslation, v.standing().isHeadquarters() ? r.loggedBy : null, r.createdAt);
    }
}
