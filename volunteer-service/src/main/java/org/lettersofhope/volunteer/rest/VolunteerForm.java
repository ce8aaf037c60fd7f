package org.lettersofhope.volunteer.rest;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.EmailAddress;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.Availability;
import org.lettersofhope.volunteer.service.VolunteerProfile;

/** The sign-up form, and the whole profile a volunteer or coordinator replaces with PUT. */
@Schema(name = "VolunteerForm", description = "A volunteer's profile as they fill it in.")
public record VolunteerForm(
        @Schema(examples = "Maria", maxLength = 100, pattern = NAME)
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String firstName,

        @Schema(examples = "Lopez", maxLength = 100, pattern = NAME)
        @NotBlank @Size(max = 100) @Pattern(regexp = NAME, message = NAME_MESSAGE) String lastName,

        @Schema(examples = "maria@example.org", maxLength = 254, format = "email")
        @NotBlank @Size(max = 254) @EmailAddress String email,

        @Schema(examples = "+1 619 555 0100", maxLength = 20, pattern = PHONE, nullable = true)
        @Size(max = 20) @Pattern(regexp = PHONE, message = "must be a phone number") String phone,

        @Schema(examples = "92101", maxLength = 16, pattern = POSTAL_CODE)
        @NotBlank @Size(max = 16) @Pattern(regexp = POSTAL_CODE, message = "must be a postal code") String postalCode,

        @Schema(examples = "San Diego", maxLength = 100, pattern = NAME, nullable = true)
        @Size(max = 100) @Pattern(regexp = NAME, message = "must contain only letters, spaces, apostrophes, hyphens and dots")
        String city,

        @Schema(description = "ISO 3166-2 subdivision code", examples = "US-CA", pattern = Regions.PATTERN)
        @NotBlank @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA") String region,

        @Schema(description = "ISO 3166-1 alpha-2 code; taken from the region when left out", examples = "US",
                pattern = "^[A-Za-z]{2}$", nullable = true)
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as US") String country,

        @Schema(description = "ISO 639-1 codes of the languages they write in", examples = "[\"es\",\"en\"]",
                maxItems = 10)
        @Size(max = 10) Set<@NotNull @Pattern(regexp = "^[a-zA-Z]{2}$", message = "must be an ISO 639-1 code such as es")
                String> languages,

        @Schema(description = "The ways this person wants to help", minItems = 1, maxItems = 6)
        @NotEmpty @Size(max = 6) Set<@NotNull VolunteerRole> roles,

        @Schema(description = "Skills, free tags", examples = "[\"translation\",\"data entry\"]", maxItems = 20)
        @Size(max = 20) Set<@NotNull @Size(min = 1, max = 40) @Pattern(regexp = TAG, message = TAG_MESSAGE) String> skills,

        @Schema(description = "Interests, free tags", examples = "[\"asylum law\"]", maxItems = 20)
        @Size(max = 20) Set<@NotNull @Size(min = 1, max = 40) @Pattern(regexp = TAG, message = TAG_MESSAGE) String> interests,

        @Schema(description = "Hours a week they can give", minimum = "0", maximum = "80", nullable = true)
        @Min(0) @Max(80) Integer hoursPerWeek,

        @Schema(description = "When they can help", maxItems = 6)
        @Size(max = 6) Set<@NotNull Availability> availability,

        @Schema(description = "How they heard of us", examples = "A friend at church", maxLength = 200, nullable = true)
        @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String heardFrom,

        @Schema(description = "Whether we may contact them; the time of consent is recorded. Left out: false for a "
                + "new person, unchanged for a known one when they sign up again", examples = "true", nullable = true)
        Boolean contactConsent) {

    /** Letters of any script, spaces, apostrophes, hyphens and dots; no control or markup characters. */
    static final String NAME = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-’]*$";
    static final String NAME_MESSAGE = "must contain only letters, spaces, apostrophes, hyphens and dots";
    static final String POSTAL_CODE = "^[A-Za-z0-9][A-Za-z0-9 \\-]{1,15}$";
    static final String PHONE = "^\\+?[0-9][0-9 ()\\-.]{5,18}$";
    static final String TAG = "^[\\p{L}\\p{N}][\\p{L}\\p{N} +#.\\-]*$";
    static final String TAG_MESSAGE = "must be letters, digits, spaces and + # . -";

    /** The whole profile, as PUT replaces it: a consent left out is no consent. */
    VolunteerProfile toProfile() {
        return new VolunteerProfile(firstName, lastName, email, phone, postalCode, city, region, country, languages,
                roles, skills, interests, hoursPerWeek, availability, heardFrom, Boolean.TRUE.equals(contactConsent));
    }

    /** A public sign-up as sent: what it leaves out stays null, so that confirming it never erases a field. */
    org.lettersofhope.volunteer.service.SignUp toSignUp() {
        return new org.lettersofhope.volunteer.service.SignUp(firstName, lastName, email, phone, postalCode, city,
                region, country, languages, roles, skills, interests, hoursPerWeek, availability, heardFrom,
                contactConsent);
    }
}
