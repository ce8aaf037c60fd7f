package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.access.ApiKeyScope;

@Schema(name = "ApiKeyRequest", description = "A new key for a partner chapter (scope PARTNER, with its chapter) or a "
        + "read-only dashboard (scope DASHBOARD)")
public record ApiKeyRequest(
        @Schema(examples = "PARTNER") @NotNull ApiKeyScope scope,
        @Schema(description = "Required for PARTNER keys") UUID chapterId,
        @Schema(examples = "San Diego chapter spreadsheet sync", maxLength = 100)
        @Size(max = 100) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String label) {

    @AssertTrue(message = "a PARTNER key needs a chapterId")
    @Schema(hidden = true)
    public boolean isChapterGivenForPartner() {
        return scope != ApiKeyScope.PARTNER || chapterId != null;
    }
}
