package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A campaign was closed; pieces logged afterwards no longer count towards its goal. */
public record CampaignClosed(UUID campaignId, CampaignKind kind, Instant closedAt) implements DomainEvent {

    public CampaignClosed {
        DomainEvent.requireId(campaignId, "campaignId");
    }

    @Override
    public UUID aggregateId() {
        return campaignId;
    }
}
