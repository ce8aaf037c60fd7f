package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/**
 * Filters of a letter list; null means "any". {@code writerId} and {@code chapterId} also scope the caller;
 * {@code statusReasons} are stored reasons (the service turns what the caller asked for into them).
 */
public record LetterSearch(LetterStatus status, UUID facilityId, UUID recipientId, LetterOrigin origin,
        UUID campaignId, Instant updatedSince, UUID writerId, UUID chapterId, UUID batchId,
        Set<LetterStatusReason> statusReasons) {

    public LetterSearch withWriter(UUID writer) {
        return new LetterSearch(status, facilityId, recipientId, origin, campaignId, updatedSince, writer, chapterId,
                batchId, statusReasons);
    }

    public LetterSearch withChapter(UUID chapter) {
        return new LetterSearch(status, facilityId, recipientId, origin, campaignId, updatedSince, writerId, chapter,
                batchId, statusReasons);
    }

    public LetterSearch withStatusReasons(Set<LetterStatusReason> reasons) {
        return new LetterSearch(status, facilityId, recipientId, origin, campaignId, updatedSince, writerId,
                chapterId, batchId, reasons);
    }
}
