package org.lettersofhope.letter.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.service.ANumber;
import org.lettersofhope.letter.service.RecipientForm;
import org.lettersofhope.shared.event.letter.CustodyStatus;

/** The bodies headquarters sends about recipients. */
public final class RecipientRequests {

    private RecipientRequests() {
    }

    @Schema(name = "RecipientRegistration", description = "A detained person who asked for letters. The full name "
            + "and A-Number are stored encrypted and shown to headquarters only.")
    public record Registration(
            @Schema(examples = "Ana Lucia Lopez", maxLength = 200, pattern = TextRules.LINE)
            @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
            String fullName,

            @Schema(description = "First name and last initial, all that writers see; derived from the full name "
                    + "(first and last word) when left out", examples = "Ana L.", maxLength = 40,
                    pattern = TextRules.LINE)
            @Size(max = 40) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String displayName,

            @Schema(description = "Alien Registration Number: an optional A, then 8 or 9 digits; spaces and dashes "
                    + "are ignored", examples = "A123-456-789", maxLength = 20, pattern = ANumber.PATTERN)
            @NotBlank @Size(max = 20) @Pattern(regexp = ANumber.PATTERN, message = ANumber.PATTERN_MESSAGE)
            String aNumber,

            @Schema(description = "BCP 47 language tag", examples = "es", maxLength = 35,
                    pattern = TextRules.LANGUAGE)
            @NotBlank @Size(max = 35) @Pattern(regexp = TextRules.LANGUAGE, message = TextRules.LANGUAGE_MESSAGE)
            String preferredLanguage,

            @Schema(description = "The active facility where they are held") @NotNull UUID facilityId,

            @Schema(description = "Whether they consent to receive letters", examples = "true") @NotNull
            Boolean consentsToLetters) {

        RecipientForm toForm() {
            return new RecipientForm(fullName, displayName, aNumber, preferredLanguage, facilityId,
                    consentsToLetters);
        }
    }

    @Schema(name = "RecipientLookup", description = "Find a recipient by A-Number. It travels in the body, never "
            + "in a URL, so that it stays out of access logs.")
    public record Lookup(
            @Schema(examples = "A123456789", maxLength = 20, pattern = ANumber.PATTERN)
            @NotBlank @Size(max = 20) @Pattern(regexp = ANumber.PATTERN, message = ANumber.PATTERN_MESSAGE)
            String aNumber) {
    }

    @Schema(name = "CustodyChange", description = "A new custody status. TRANSFERRED and DETAINED (detained again "
            + "after release or deportation) name the facility; RELEASED and DEPORTED leave it out.")
    public record Custody(
            @Schema(examples = "TRANSFERRED") @NotNull CustodyStatus status,
            @Schema(description = "The facility they are now held at") UUID facilityId) {
    }

    @Schema(name = "RecipientConsent")
    public record Consent(
            @Schema(description = "Whether they consent to receive letters; false stops new letters to them",
                    examples = "false") @NotNull Boolean consentsToLetters) {
    }
}
