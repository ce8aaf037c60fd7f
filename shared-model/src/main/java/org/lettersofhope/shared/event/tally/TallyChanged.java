package org.lettersofhope.shared.event.tally;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * The new total of one campaign's metric (e.g. ACTIONS of the campaign "Letters to the Secretary"). Keyed by
 * {@link #tallyId}, a name-based UUID of campaign and metric, on a compacted topic: the topic keeps the latest total of
 * every tally. Totals only: no person, chapter or region appears here.
 */
public record TallyChanged(UUID tallyId, UUID campaignId, String metric, long total, Instant changedAt)
        implements DomainEvent {

    public TallyChanged {
        DomainEvent.requireId(tallyId, "tallyId");
    }

    /** The key of a campaign's metric: the same for every change, so that compaction keeps only the latest. */
    public static UUID tallyId(UUID campaignId, String metric) {
        return UUID.nameUUIDFromBytes(("tally:" + campaignId + ":" + metric).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public UUID aggregateId() {
        return tallyId;
    }
}
