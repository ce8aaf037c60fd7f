package org.lettersofhope.shared.event.tally;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * One line appended to tally-service's ledger: a report-back, one entry of a bulk partner report, or an adjustment.
 * It carries what counting needs — so that tally-service rebuilt from an empty database and the topics from offset 0
 * counts every entry exactly as it did — and nothing about people: no reporter, no recorder, no reason and no
 * hashtag (free text that may name someone). Keyed by the campaign, so that a correction follows the entry it
 * corrects on one partition.
 *
 * @param entryId the ledger entry's id
 * @param kind {@code REPORT_BACK}, {@code BULK} or {@code ADJUSTMENT}
 * @param actionType the action type ({@code LETTER}, {@code POSTCARD}, … as in tally-service's API)
 * @param quantity how many (negative only for a correction)
 * @param occurredAt when the actions happened
 * @param chapterId the chapter credited, if any
 * @param region the ISO 3166-2 region, if any
 * @param targetId the campaign's target, if any
 * @param correctsEntryId the entry an adjustment corrects, if any
 * @param recordedAt when tally-service recorded it (whether it counts after the campaign's close depends on it)
 */
public record LedgerEntryRecorded(UUID entryId, UUID campaignId, String kind, String actionType, int quantity,
        Instant occurredAt, UUID chapterId, String region, UUID targetId, UUID correctsEntryId, Instant recordedAt)
        implements DomainEvent {

    public LedgerEntryRecorded {
        DomainEvent.requireId(entryId, "entryId");
        DomainEvent.requireId(campaignId, "campaignId");
    }

    @Override
    public UUID aggregateId() {
        return campaignId;
    }
}
