package org.lettersofhope.tally.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.service.ReportBacks;

@Schema(name = "Adjustment", description = "A coordinator's correction: an adjusting entry with a reason. Naming "
        + "correctsEntryId corrects that entry (what, where and when are taken from it, and it cannot be taken below "
        + "zero); without it, actionType is required and the entry stands alone and only adds (quantity positive). "
        + "So no count — total or any breakdown cell or day — can go below zero.")
public record AdjustmentRequest(
        @Schema(description = "The report-back, bulk entry or stand-alone adjustment corrected (not a correction)")
        UUID correctsEntryId,

        @Schema(required = true, description = "Added to the count, never 0; negative only to correct an entry, and "
                + "then not below what the entry still counts (else 422 naming quantity)",
                examples = "-3", minimum = "-" + AdjustmentRequest.MAX, maximum = "" + AdjustmentRequest.MAX)
        @NotNull @Min(-MAX) @Max(MAX) Integer quantity,

        @Schema(required = true, description = "Why; kept in the ledger for good", examples = "Counted twice",
                minLength = 3, maxLength = 500, pattern = TextRules.TEXT)
        @NotBlank @Size(min = 3, max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String reason,

        @Schema(description = "Required without correctsEntryId; not allowed with it") ActionType actionType,

        @Schema(description = "Without correctsEntryId: when (default now)") Instant occurredAt,

        @Schema(description = "Without correctsEntryId: the chapter credited") UUID chapterId,

        @Schema(examples = "US-CA", pattern = Regions.PATTERN)
        @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 subdivision code such as US-CA")
        String region,

        @Schema(description = "Without correctsEntryId: one of the campaign's targets") UUID targetId) {

    public static final int MAX = 10_000;

    @AssertTrue(message = "must not be 0")
    @Schema(hidden = true)
    public boolean isQuantityNonZero() {
        return quantity == null || quantity != 0;
    }

    @AssertTrue(message = "is required without correctsEntryId, and not allowed with it (the corrected entry "
            + "says what, where and when)")
    @Schema(hidden = true)
    public boolean isActionTypeConsistent() {
        boolean own = actionType != null;
        boolean placed = occurredAt != null || chapterId != null || region != null || targetId != null;
        return correctsEntryId == null ? own : !own && !placed;
    }

    ReportBacks.Adjustment toAdjustment() {
        return new ReportBacks.Adjustment(correctsEntryId, quantity, reason.strip(), actionType, occurredAt,
                chapterId, region, targetId);
    }
}
