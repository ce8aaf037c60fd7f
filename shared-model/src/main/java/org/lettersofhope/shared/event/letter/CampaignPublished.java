package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A campaign went from draft to active: it can now be read publicly and counted against its goal. */
public record CampaignPublished(UUID campaignId, String slug, CampaignKind kind, int goal, LocalDate startsOn, LocalDate endsOn,
        List<UUID> targetIds, Instant publishedAt) implements DomainEvent {

    public CampaignPublished {
        DomainEvent.requireId(campaignId, "campaignId");
    }

    @Override
    public UUID aggregateId() {
        return campaignId;
    }
}
