package org.lettersofhope.letter.service;

import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.letter.PieceKind;

/** A report of self-mailed pieces; bounds are checked at the API edge. */
public record AdvocacyForm(UUID targetId, PieceKind pieceKind, int count, LocalDate sentOn, String region,
        UUID volunteerId) {
}
