package org.lettersofhope.letter.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.letter.PenPalEndReason;

/** The small bodies of pen-pal requests. */
public final class PenPalRequests {

    private PenPalRequests() {
    }

    @Schema(name = "PenPalMatchForm")
    public record Match(
            @Schema(description = "The weekly writer's volunteer id") @NotNull UUID writerId,
            @Schema(description = "The detained recipient") @NotNull UUID recipientId) {
    }

    @Schema(name = "PenPalEnding", description = "Why the match ends. NO_REPLIES is the coordinator's call: as a "
            + "guide, several letters (say six) over two months without a reply.")
    public record End(@Schema(examples = "NO_REPLIES") @NotNull PenPalEndReason reason) {
    }

    @Schema(name = "PenPalLimit")
    public record Limit(
            @Schema(description = "How many active pen pals the writer may have", examples = "2", minimum = "1",
                    maximum = "10")
            @NotNull @Min(1) @Max(10) Integer maxPenPals) {
    }
}
