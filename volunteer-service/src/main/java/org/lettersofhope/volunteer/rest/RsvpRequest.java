package org.lettersofhope.volunteer.rest;

import org.lettersofhope.commons.rest.EmailAddress;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RsvpRequest", description = "A guest gives a name and an email. A volunteer sending their token "
        + "may leave both out (the name shown to the host is then taken from their volunteer record).")
public record RsvpRequest(
        @Schema(examples = "Sam Ortiz", maxLength = 100, pattern = VolunteerForm.NAME)
        @Size(max = 100)
        @Pattern(regexp = VolunteerForm.NAME, message = VolunteerForm.NAME_MESSAGE)
        String name,

        @Schema(examples = "sam@example.org", maxLength = 254, format = "email") @Size(max = 254) @EmailAddress
        String email) {
}
