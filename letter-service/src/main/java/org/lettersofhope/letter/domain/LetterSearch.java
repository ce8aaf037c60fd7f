package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;

/** Filters of a letter list; null means "any". {@code writerId} and {@code chapterId} also scope the caller. */
public record LetterSearch(LetterStatus status, UUID facilityId, UUID recipientId, LetterOrigin origin,
        UUID campaignId, Instant updatedSince, UUID writerId, UUID chapterId, UUID batchId) {

    public LetterSearch withWriter(UUID writer) {
        return new LetterSearch(status, facilityId, recipientId, origin, campaignId, updatedSince, writer, chapterId,
                batchId);
    }

    public LetterSearch withChapter(UUID chapter) {
        return new LetterSearch(status, facilityId, recipientId, origin, campaignId, updatedSince, writerId, chapter,
                batchId);
    }
}
