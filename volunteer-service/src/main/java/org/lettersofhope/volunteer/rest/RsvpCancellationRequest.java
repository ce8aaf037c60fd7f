package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RsvpCancellation", description = "A guest proves the RSVP is theirs with the cancel token from "
        + "the answer to registering.")
public record RsvpCancellationRequest(
        @Schema(examples = "q3J9Zb1xW0m8yXc2vTn5LkP4sRh7GdA6uEf0iOj3KwQ", maxLength = 64, pattern = "^[A-Za-z0-9_-]+$")
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be a cancel token") String cancelToken) {
}
