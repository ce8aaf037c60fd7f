package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.Regions;

@Schema(name = "EventLocation", description = "Where the event is. An IN_PERSON event needs a street address and "
        + "city, a VIRTUAL one a meeting URL (and no street address), a HYBRID one both. Only confirmed attendees, "
        + "the host and coordinators are shown the venue, street address and meeting URL.")
public record EventLocationRequest(
        @Schema(examples = "Casa del Pueblo community room", maxLength = 120, pattern = TextRules.LINE)
        @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String venueName,

        @Schema(examples = "1250 Main St", maxLength = 200, pattern = TextRules.LINE)
        @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String streetAddress,

        @Schema(examples = "San Diego", maxLength = 100, pattern = TextRules.LINE)
        @Size(max = 100) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String city,

        @Schema(description = "ISO 3166-2 subdivision code", examples = "US-CA", pattern = Regions.PATTERN)
        @NotBlank @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA")
        String region,

        @Schema(examples = "https://meet.example.org/letters-night", maxLength = 500, pattern = TextRules.HTTPS_URL)
        @Size(max = 500) @Pattern(regexp = TextRules.HTTPS_URL, message = TextRules.HTTPS_URL_MESSAGE)
        String meetingUrl) {
}
