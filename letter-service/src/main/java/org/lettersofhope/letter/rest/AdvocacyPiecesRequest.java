package org.lettersofhope.letter.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.service.AdvocacyForm;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.letter.PieceKind;

@Schema(name = "AdvocacyPiecesForm", description = "Pieces a volunteer mailed themselves to one of an active "
        + "advocacy campaign's targets. sentOn may be at most 7 days before the campaign's start and not in the "
        + "future (one day of slack for time zones ahead of UTC).")
public record AdvocacyPiecesRequest(
        @Schema(description = "One of the campaign's targets") @NotNull UUID targetId,
        @Schema(examples = "POSTCARD") @NotNull PieceKind pieceKind,
        @Schema(examples = "3", minimum = "1", maximum = "1000") @NotNull @Min(1) @Max(1000) Integer count,
        @Schema(description = "The day they were mailed", examples = "2026-12-02") @NotNull LocalDate sentOn,
        @Schema(description = "ISO 3166-2 region the pieces were mailed from; defaults to the volunteer's",
                examples = "US-CA", pattern = Regions.PATTERN)
        @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA") String region,
        @Schema(description = "For coordinators and partner keys reporting for a volunteer (of their chapter); a "
                + "volunteer leaves it out or sends their own id")
        UUID volunteerId) {

    AdvocacyForm toForm() {
        return new AdvocacyForm(targetId, pieceKind, count, sentOn, region, volunteerId);
    }
}
