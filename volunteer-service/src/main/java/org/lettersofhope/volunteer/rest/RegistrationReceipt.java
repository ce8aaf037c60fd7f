package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a sign-up: the same shape whether the email was new or already known. */
@Schema(name = "RegistrationReceipt")
public record RegistrationReceipt(
        @Schema(description = "The volunteer's id") UUID volunteerId,
        @Schema(examples = "RECEIVED") String status) {
}
