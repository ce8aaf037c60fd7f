package org.lettersofhope.volunteer.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerImportResult")
public record ImportResult(
        @Schema(description = "Rows that made a new volunteer") int created,
        @Schema(description = "Rows whose email was known: that volunteer was updated") int updated,
        @Schema(description = "How many rows were rejected") int rejectedCount,
        @Schema(description = "The first 1,000 rejected rows with the reason") List<RejectedRow> rejected) {

    public static final int MAX_LISTED = 1000;

    @Schema(name = "RejectedRow")
    public record RejectedRow(
            @Schema(description = "Spreadsheet row number; the header is row 1") int row,
            @Schema(examples = "email must be a well-formed email address") String reason) {
    }
}
