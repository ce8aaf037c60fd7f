package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;

@Schema(name = "EventRejection", description = "Why a proposed event is not approved; shown to its host")
public record RejectionRequest(
        @Schema(examples = "The venue is too close to the facility; please pick another.", maxLength = 500,
                pattern = TextRules.TEXT)
        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        String reason) {
}
