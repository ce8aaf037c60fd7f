package org.lettersofhope.volunteer.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A 409 problem (RFC 9457) with two extension members: the record's status and where it may still go. */
@Schema(name = "ConflictProblem")
public record ConflictProblem(
        @Schema(examples = "urn:lettersofhope:problem:conflict") String type,
        @Schema(examples = "Conflict") String title,
        @Schema(examples = "409") int status,
        @Schema(examples = "A REJECTED event cannot become APPROVED.") String detail,
        String instance,
        @Schema(examples = "REJECTED") String currentStatus,
        @Schema(description = "The statuses the record may move to next; empty when it is final",
                examples = "[\"CANCELLED\"]") List<String> allowedNextStatuses) {
}
