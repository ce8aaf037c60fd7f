package org.lettersofhope.letter.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.service.LetterForm;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;
import org.lettersofhope.shared.event.letter.PieceKind;

/** The bodies of letter requests. */
public final class LetterRequests {

    private LetterRequests() {
    }

    @Schema(name = "LetterLog", description = "A solidarity letter to a detained recipient. Headquarters logs what "
            + "it received (the letter starts RECEIVED); a volunteer (to their current pen pal), a chapter's "
            + "coordinator or partner key (to the current pen pal of one of its writers) logs a letter on its way to "
            + "headquarters (LOGGED).")
    public record Log(
            @Schema(examples = "LETTER") @NotNull PieceKind kind,
            @Schema(description = "PEN_PAL or EVENT; quick notes have an endpoint of their own and self-mailed "
                    + "advocacy pieces are reported as advocacy logs", examples = "PEN_PAL") @NotNull
            LetterOrigin origin,
            @Schema(description = "The detained recipient. Required, except from a volunteer who gives penPalId; a "
                    + "volunteer may name only their current pen pal, a chapter's staff only the current pen pal of "
                    + "one of the chapter's writers") UUID recipientId,
            @Schema(description = "Volunteers only: the match of the pen pal the letter is to (matchId in "
                    + "/api/me/pen-pals); the recipient is that match's") UUID penPalId,
            @Schema(description = "The campaign it is part of, if any") UUID campaignId,
            @Schema(description = "The volunteer who wrote it; a volunteer logging is the writer; a chapter's staff "
                    + "name a volunteer of their chapter") UUID writerId,
            @Schema(description = "The chapter it counts for; a chapter's coordinator or key logs for their own, a "
                    + "volunteer for the chapter letter-service knows them in (or none)") UUID chapterId,
            @Schema(description = "ISO 3166-2 code of where it was written; the facility's when left out",
                    examples = "US-CA", pattern = TextRules.REGION)
            @Pattern(regexp = TextRules.REGION, message = TextRules.REGION_MESSAGE) String region) {

        LetterForm toForm() {
            return new LetterForm(kind, origin, recipientId, penPalId, campaignId, writerId, chapterId, region);
        }
    }

    @Schema(name = "LetterTransitionRequest", description = "Where headquarters moves a letter. HELD_BACK needs a "
            + "guideline reason (LEGAL_ADVICE, PROMISES, PERSONAL_CONTACT_DETAILS, CONTENT, FACILITY_RULE); RETURNED a "
            + "return reason (TRANSFERRED, RELEASED, DEPORTED, REFUSED_BY_FACILITY, UNKNOWN); other moves none. "
            + "BATCHED and MAILED happen through mail batches.")
    public record Transition(
            @Schema(examples = "HELD_BACK") @NotNull LetterStatus to,
            @Schema(examples = "LEGAL_ADVICE") LetterStatusReason reason) {
    }
}
