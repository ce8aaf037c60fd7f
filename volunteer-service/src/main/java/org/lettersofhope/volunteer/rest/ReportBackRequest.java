package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventReportBack", description = "What the event achieved. Sending it again replaces the earlier "
        + "report; it is never added to it.")
public record ReportBackRequest(
        @Schema(examples = "48", minimum = "0", maximum = "100000") @NotNull @Min(0) @Max(100000)
        Integer lettersWritten,

        @Schema(examples = "120", minimum = "0", maximum = "100000") @NotNull @Min(0) @Max(100000)
        Integer postcardsWritten,

        @Schema(description = "People who came", examples = "14", minimum = "0", maximum = "100000")
        @NotNull @Min(0) @Max(100000) Integer attendees) {
}
