package org.lettersofhope.tally.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.domain.LedgerEntry;
import org.lettersofhope.tally.domain.NewLedgerEntry;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "LedgerEntry", description = "One line of a campaign's ledger. Entries are never changed: a "
        + "correction is an ADJUSTMENT entry naming the entry it corrects and why.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntryResponse(
        UUID id,
        UUID campaignId,
        @Schema(enumeration = { "REPORT_BACK", "BULK", "ADJUSTMENT" }) LedgerEntry.Kind kind,
        ActionType actionType,
        @Schema(description = "Added to the campaign's ACTIONS; negative only for adjustments") int quantity,
        String hashtag,
        Instant occurredAt,
        UUID chapterId,
        String region,
        UUID targetId,
        @Schema(description = "For an adjustment of one entry: that entry") UUID correctsEntryId,
        @Schema(description = "For an adjustment: why") String reason,
        @Schema(description = "Who recorded it, by id (a volunteer id or api-key:<key id>); none for public "
                + "report-backs") String recordedBy,
        @Schema(description = "When it was recorded; absent in the answer to a report-back") Instant recordedAt,
        @Schema(description = "The reporting volunteer's id; shown to headquarters only") UUID reporterId,
        @Schema(description = "Whether it counts: false for a report-back or bulk entry recorded after the campaign "
                + "closed (it reached tally-service before the close did) and for corrections of one; absent in "
                + "the answer to a report-back") Boolean counted) {

    static LedgerEntryResponse of(LedgerEntry e, boolean showReporter, boolean counted) {
        return new LedgerEntryResponse(e.id, e.campaignId, e.kind, e.actionType, e.quantity, e.hashtag, e.occurredAt,
                e.chapterId, e.region, e.targetId, e.correctsEntryId, e.reason, e.recordedBy, e.recordedAt,
                showReporter ? e.reporterId : null, counted);
    }

    /** What the one who reported gets back: what was counted, without who recorded it. */
    static LedgerEntryResponse receipt(NewLedgerEntry e) {
        return new LedgerEntryResponse(e.id(), e.campaignId(), e.kind(), e.actionType(), e.quantity(), e.hashtag(),
                e.occurredAt(), e.chapterId(), e.region(), e.targetId(), e.correctsEntryId(), e.reason(), null, null,
                null, null);
    }
}
