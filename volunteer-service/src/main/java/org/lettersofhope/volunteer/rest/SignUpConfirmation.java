package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to following a sign-up link: given only to whoever holds the link, i.e. the address's owner. */
@Schema(name = "SignUpConfirmation")
public record SignUpConfirmation(
        @Schema(description = "Your volunteer id") UUID volunteerId,
        @Schema(examples = "CONFIRMED") String status,
        @Schema(description = "When your address was first confirmed") Instant emailConfirmedAt) {
}
