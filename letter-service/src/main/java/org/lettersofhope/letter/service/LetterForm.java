package org.lettersofhope.letter.service;

import java.util.UUID;

import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.PieceKind;

/**
 * A letter as it is logged; {@code writerId}, {@code chapterId} and {@code region} may be left to the service. A
 * volunteer names their pen pal by {@code penPalId} (their match) or {@code recipientId}; others by
 * {@code recipientId}.
 */
public record LetterForm(PieceKind kind, LetterOrigin origin, UUID recipientId, UUID penPalId, UUID campaignId,
        UUID writerId, UUID chapterId, String region) {
}
