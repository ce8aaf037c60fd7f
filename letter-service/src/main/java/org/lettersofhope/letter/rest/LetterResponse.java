package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Letter;
import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.service.LetterHistoryView;
import org.lettersofhope.letter.service.LetterView;
import org.lettersofhope.letter.service.Standing;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;
import org.lettersofhope.shared.event.letter.PieceKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A letter as the caller may see it; what they may not see is left out. */
@Schema(name = "Letter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LetterResponse(
        UUID id,
        PieceKind kind,
        LetterOrigin origin,
        LetterStatus status,
        @Schema(description = "Why it was held back or returned. Custody reasons (RECIPIENT_RELEASED, "
                + "RECIPIENT_DEPORTED, and the returns TRANSFERRED, RELEASED, DEPORTED) are shown to headquarters "
                + "only; everyone else is shown RECIPIENT_UNAVAILABLE: the recipient cannot receive letters now")
        LetterStatusReason statusReason,
        RecipientSummary recipient,
        @Schema(description = "Where it is mailed; headquarters and the chapter's staff only") UUID facilityId,
        UUID writerId,
        UUID chapterId,
        UUID campaignId,
        @Schema(examples = "US-CA") String region,
        @Schema(description = "Its mail batch; headquarters only") UUID batchId,
        @Schema(description = "A quick note's text and writer; headquarters only") QuickNoteContent note,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "RecipientSummary", description = "All a writer ever sees of a recipient")
    public record RecipientSummary(UUID id, @Schema(examples = "Ana L.") String displayName,
            @Schema(examples = "es") String preferredLanguage) {

        static RecipientSummary of(RecipientCard card) {
            return new RecipientSummary(card.id(), card.displayName(), card.preferredLanguage());
        }
    }

    @Schema(name = "QuickNoteContent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuickNoteContent(String text, String writerFirstName, String language) {
    }

    static LetterResponse of(LetterView v) {
        Letter l = v.letter();
        Standing standing = v.standing();
        QuickNoteContent note = standing.isHeadquarters() && l.noteText != null
                ? new QuickNoteContent(l.noteText, l.noteWriterName, l.noteLanguage) : null;
        return new LetterResponse(l.id, l.kind, l.origin, l.status, standing.shown(l.statusReason),
                RecipientSummary.of(v.recipient()), standing.seesFacility() ? l.facilityId : null, l.writerId,
                l.chapterId, l.campaignId, l.region, standing.isHeadquarters() ? l.batchId : null, note,
                l.createdAt, l.updatedAt);
    }

    @Schema(name = "LetterHistoryEntry", description = "One status change: from where to where, why, who and when")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(LetterStatus fromStatus, LetterStatus toStatus,
            @Schema(description = "As statusReason: custody reasons for headquarters only")
            LetterStatusReason reason,
            @Schema(description = "Who made it (headquarters only): a volunteer id, an API key, or system")
            String changedBy,
            Instant changedAt) {

        static List<HistoryEntry> of(LetterHistoryView v) {
            Standing standing = v.standing();
            return v.steps().stream().map(t -> new HistoryEntry(t.fromStatus, t.toStatus, standing.shown(t.reason),
                    standing.isHeadquarters() ? t.changedBy : null, t.changedAt)).toList();
        }
    }
}
