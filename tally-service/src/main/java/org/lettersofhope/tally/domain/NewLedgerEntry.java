package org.lettersofhope.tally.domain;

import java.time.Instant;
import java.util.UUID;

/** A ledger line about to be appended. */
public record NewLedgerEntry(UUID id, UUID campaignId, LedgerEntry.Kind kind, ActionType actionType, int quantity,
        String hashtag, Instant occurredAt, UUID chapterId, String region, UUID targetId, UUID reporterId,
        UUID correctsEntryId, String reason, String recordedBy) {
}
