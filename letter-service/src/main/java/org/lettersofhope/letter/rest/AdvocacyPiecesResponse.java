package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.AdvocacyLog;
import org.lettersofhope.shared.event.letter.PieceKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "AdvocacyPieces", description = "Logged self-mailed advocacy pieces")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdvocacyPiecesResponse(UUID id, UUID campaignId, UUID targetId, PieceKind pieceKind, int count,
        LocalDate sentOn, UUID volunteerId, UUID chapterId, @Schema(examples = "US-CA") String region,
        Instant loggedAt) {

    static AdvocacyPiecesResponse of(AdvocacyLog l) {
        return new AdvocacyPiecesResponse(l.id, l.campaignId, l.targetId, l.pieceKind, l.count, l.sentOn,
                l.volunteerId, l.chapterId, l.region, l.loggedAt);
    }
}
