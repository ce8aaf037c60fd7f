package org.lettersofhope.letter.rest;

import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.letter.domain.LetterSearch;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/** The filters of letter lists, read as text so that a bad value is a 400 naming the parameter. */
public class LetterFilterParams {

    @QueryParam("status")
    @Parameter(description = "Only letters in this status", schema = @Schema(implementation = LetterStatus.class))
    public String status;

    @QueryParam("facilityId")
    @Parameter(description = "Only letters to be mailed to this facility",
            schema = @Schema(format = "uuid", pattern = TextRules.UUID))
    public String facilityId;

    @QueryParam("recipientId")
    @Parameter(description = "Only letters to this recipient",
            schema = @Schema(format = "uuid", pattern = TextRules.UUID))
    public String recipientId;

    @QueryParam("origin")
    @Parameter(description = "Only letters of this origin", schema = @Schema(implementation = LetterOrigin.class))
    public String origin;

    @QueryParam("campaignId")
    @Parameter(description = "Only letters of this campaign",
            schema = @Schema(format = "uuid", pattern = TextRules.UUID))
    public String campaignId;

    @QueryParam("chapterId")
    @Parameter(description = "Only letters of this chapter (a chapter's staff only ever see their own)",
            schema = @Schema(format = "uuid", pattern = TextRules.UUID))
    public String chapterId;

    @QueryParam("batchId")
    @Parameter(description = "Only letters in this mail batch",
            schema = @Schema(format = "uuid", pattern = TextRules.UUID))
    public String batchId;

    @QueryParam("statusReason")
    @Parameter(description = "Only letters with this reason, as the caller is shown it: anyone but headquarters is "
            + "shown RECIPIENT_UNAVAILABLE in place of a custody reason, and asking for a custody reason finds none",
            schema = @Schema(implementation = LetterStatusReason.class))
    public String statusReason;

    @QueryParam("updatedSince")
    @Parameter(description = "Only letters changed at or after this instant, for incremental sync",
            schema = @Schema(format = "date-time"), example = "2026-11-22T00:00:00Z")
    public String updatedSince;

    LetterSearch toSearch() {
        LetterStatusReason reason = QueryParams.enumValue(LetterStatusReason.class, statusReason, "statusReason");
        return new LetterSearch(QueryParams.enumValue(LetterStatus.class, status, "status"),
                QueryParams.uuid(facilityId, "facilityId"), QueryParams.uuid(recipientId, "recipientId"),
                QueryParams.enumValue(LetterOrigin.class, origin, "origin"),
                QueryParams.uuid(campaignId, "campaignId"), QueryParams.instant(updatedSince, "updatedSince"), null,
                QueryParams.uuid(chapterId, "chapterId"), QueryParams.uuid(batchId, "batchId"),
                reason == null ? null : Set.of(reason));
    }
}
