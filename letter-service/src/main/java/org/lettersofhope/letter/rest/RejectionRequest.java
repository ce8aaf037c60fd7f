package org.lettersofhope.letter.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;

@Schema(name = "ReimbursementRejection")
public record RejectionRequest(
        @Schema(description = "Shown to the volunteer", examples = "The receipt is for office supplies.",
                maxLength = 500, pattern = TextRules.TEXT)
        @NotBlank @Size(max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String reason) {
}
