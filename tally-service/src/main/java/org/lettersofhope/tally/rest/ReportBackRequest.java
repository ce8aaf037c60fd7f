package org.lettersofhope.tally.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.service.ReportBacks;

@Schema(name = "ReportBack", description = "\"I did it\": what a person did for a campaign. Where and for whom are "
        + "optional; a social post names its hashtag.")
public record ReportBackRequest(
        @Schema(required = true, examples = "POSTCARD") @NotNull ActionType actionType,

        @Schema(required = true, description = "How many, at most " + ReportBackRequest.MAX_QUANTITY
                + " in one report-back", examples = "5", minimum = "1", maximum = "" + ReportBackRequest.MAX_QUANTITY)
        @NotNull @Min(1) @Max(MAX_QUANTITY) Integer quantity,

        @Schema(description = "When it happened (default: now); not in the future, not more than a year ago",
                examples = "2026-11-23T17:30:00Z") Instant occurredAt,

        @Schema(description = "An active chapter to credit", examples = "7d444840-9dc0-11d1-b245-5ffdce74fad2")
        UUID chapterId,

        @Schema(description = "ISO 3166-2 subdivision code", examples = "US-CA", pattern = Regions.PATTERN)
        @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 subdivision code such as US-CA")
        String region,

        @Schema(description = "One of the campaign's targets (an official)") UUID targetId,

        @Schema(description = "For a SOCIAL_POST only, and then required", examples = "#FreeThemAll",
                pattern = ReportBackRequest.HASHTAG, maxLength = 101)
        @Pattern(regexp = HASHTAG, message = "must be a hashtag of letters, digits and underscores, at most 100")
        String hashtag,

        @Schema(description = "Leave out: the reporter is who you are signed in as (a volunteer's token), and an "
                + "anonymous report-back names nobody. If sent, it must be your own volunteer id, else 400 naming "
                + "reporterId. Never shown publicly.", deprecated = true)
        UUID reporterId) {

    public static final int MAX_QUANTITY = 100;
    public static final String HASHTAG = "^#?[0-9A-Za-z_\\u00C0-\\u024F]{1,100}$";

    ReportBacks.Report toReport() {
        return new ReportBacks.Report(actionType, quantity, occurredAt, chapterId, region, targetId,
                hashtag(hashtag), reporterId);
    }

    /** A hashtag is kept with its #, however it was sent. */
    static String hashtag(String tag) {
        return tag == null ? null : tag.startsWith("#") ? tag : "#" + tag;
    }
}
