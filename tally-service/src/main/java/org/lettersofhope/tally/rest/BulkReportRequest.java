package org.lettersofhope.tally.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.service.ReportBacks;

@Schema(name = "BulkReport", description = "A partner's batch of report-backs, e.g. the letters written at an event "
        + "they hosted. Counted all together or not at all.")
public record BulkReportRequest(
        @Schema(required = true, minItems = 1, maxItems = BulkReportRequest.MAX_ENTRIES)
        @NotNull @Size(min = 1, max = MAX_ENTRIES) List<@NotNull @Valid Entry> entries) {

    public static final int MAX_ENTRIES = 500;
    public static final int MAX_QUANTITY = 10_000;

    @Schema(name = "BulkReportEntry")
    public record Entry(
            @Schema(required = true, examples = "LETTER") @NotNull ActionType actionType,

            @Schema(required = true, examples = "40", minimum = "1", maximum = "" + BulkReportRequest.MAX_QUANTITY)
            @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity,

            @Schema(description = "When it happened (default: now); not in the future, not more than a year ago")
            Instant occurredAt,

            @Schema(description = "The partner's own chapter (the default for a partner key)") UUID chapterId,

            @Schema(examples = "US-TX", pattern = Regions.PATTERN)
            @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 subdivision code such as US-CA")
            String region,

            @Schema(description = "One of the campaign's targets") UUID targetId,

            @Schema(description = "For a SOCIAL_POST only, and then required", pattern = ReportBackRequest.HASHTAG,
                    maxLength = 101)
            @Pattern(regexp = ReportBackRequest.HASHTAG, message = "must be a hashtag of letters, digits and "
                    + "underscores, at most 100")
            String hashtag) {

        ReportBacks.Report toReport() {
            return new ReportBacks.Report(actionType, quantity, occurredAt, chapterId, region, targetId,
                    ReportBackRequest.hashtag(hashtag), null);
        }
    }
}
