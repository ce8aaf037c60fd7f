package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RsvpCancellation", description = "A guest proves the RSVP is theirs with the cancel token from "
        + "the answer to registering. A volunteer, host or coordinator sends their token instead and no body.")
public record RsvpCancellationRequest(
        @Schema(examples = "q3J9…", maxLength = 64, pattern = "^[A-Za-z0-9_-]+$") @Size(max = 64)
        @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be a cancel token") String cancelToken) {
}
