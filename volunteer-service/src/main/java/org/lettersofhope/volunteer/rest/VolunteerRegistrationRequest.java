package org.lettersofhope.volunteer.rest;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;

@Schema(name = "VolunteerRegistration", description = "The public sign-up form.")
public record VolunteerRegistrationRequest(
        @Schema(examples = "Maria", maxLength = 100)
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String firstName,

        @Schema(examples = "Lopez", maxLength = 100)
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String lastName,

        @Schema(examples = "maria@example.org", maxLength = 254, format = "email")
        @NotBlank @Size(max = 254) @Email String email,

        @Schema(examples = "92101", maxLength = 16, pattern = POSTAL_CODE)
        @NotBlank @Size(max = 16) @Pattern(regexp = POSTAL_CODE, message = "must be a postal code") String postalCode,

        @Schema(description = "ISO 3166-2 subdivision code", examples = "US-CA", pattern = Regions.PATTERN)
        @NotBlank @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA") String region,

        @Schema(description = "The ways this person wants to help", minItems = 1, maxItems = 6)
        @NotEmpty @Size(max = 6) Set<@NotNull VolunteerRole> roles) {

    /** Letters of any script, spaces, apostrophes, hyphens and dots; no control or markup characters. */
    static final String NAME = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-’]*$";
    static final String NAME_MESSAGE = "must contain only letters, spaces, apostrophes, hyphens and dots";
    static final String POSTAL_CODE = "^[A-Za-z0-9][A-Za-z0-9 \\-]{1,15}$";
}
