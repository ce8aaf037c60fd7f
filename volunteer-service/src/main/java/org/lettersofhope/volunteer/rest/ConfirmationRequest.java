package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmationRequest", description = "The token from the link mailed to the address.")
public record ConfirmationRequest(
        @Schema(examples = "q3bW0sZl5cJ2mXK9v1Xo3vJtq0mR4QYVQ3n8d9hT7lE", minLength = 43, maxLength = 43,
                pattern = TOKEN)
        @NotBlank @Pattern(regexp = TOKEN, message = "must be the token from the link, 43 characters") String token) {

    static final String TOKEN = "^[A-Za-z0-9_\\-]{43}$";
}
