package org.lettersofhope.letter.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.service.QuickNote;

@Schema(name = "QuickNote", description = "A short note to a person in immigration detention. Headquarters prints "
        + "it, reviews it against the Letter Writing Guidelines and mails it; the writer is not told who receives it.")
public record QuickNoteRequest(
        @Schema(description = "The note: plain text, line breaks allowed", minLength = 1, maxLength = 1500,
                pattern = TextRules.TEXT, examples = "You are not forgotten. We are thinking of you.")
        @NotBlank @Size(max = 1500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String text,

        @Schema(description = "How to sign the note", maxLength = 50, pattern = TextRules.LINE, examples = "Sam")
        @Size(max = 50) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String writerFirstName,

        @Schema(description = "BCP 47 tag of the note's language; a recipient who prefers it is chosen where "
                + "there is one", maxLength = 35, pattern = TextRules.LANGUAGE, examples = "es")
        @Size(max = 35) @Pattern(regexp = TextRules.LANGUAGE, message = TextRules.LANGUAGE_MESSAGE) String language,

        @Schema(description = "ISO 3166-2 code of where it was written", pattern = TextRules.REGION,
                examples = "US-CA")
        @Pattern(regexp = TextRules.REGION, message = TextRules.REGION_MESSAGE) String region) {

    QuickNote toNote() {
        return new QuickNote(text, writerFirstName, language, region);
    }
}
