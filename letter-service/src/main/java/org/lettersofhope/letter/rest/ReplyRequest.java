package org.lettersofhope.letter.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.service.ReplyForm;

@Schema(name = "ReplyLog", description = "A reply from a recipient that reached headquarters, to route to its writer")
public record ReplyRequest(
        @Schema(description = "The recipient who wrote it") @NotNull UUID recipientId,
        @Schema(description = "The volunteer it is for: the recipient's pen pal, now or before") @NotNull
        UUID writerId,
        @Schema(description = "The pen-pal match of this recipient and writer it belongs to; left out, the pair's "
                + "latest match") UUID matchId,
        @Schema(description = "When headquarters received it", examples = "2026-11-20", format = "date")
        @NotNull @PastOrPresent LocalDate receivedOn,
        @Schema(description = "BCP 47 tag of its language", examples = "es", maxLength = 35,
                pattern = TextRules.LANGUAGE)
        @NotBlank @Size(max = 35) @Pattern(regexp = TextRules.LANGUAGE, message = TextRules.LANGUAGE_MESSAGE)
        String language,
        @Schema(description = "Whether the writer needs it translated", examples = "true") @NotNull
        Boolean needsTranslation) {

    ReplyForm toForm() {
        return new ReplyForm(recipientId, writerId, matchId, receivedOn, language, needsTranslation);
    }
}
