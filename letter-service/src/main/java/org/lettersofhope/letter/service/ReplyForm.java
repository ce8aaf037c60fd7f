package org.lettersofhope.letter.service;

import java.time.LocalDate;
import java.util.UUID;

/** A reply as headquarters logs it. */
public record ReplyForm(UUID recipientId, UUID writerId, UUID matchId, LocalDate receivedOn, String language,
        boolean needsTranslation) {
}
