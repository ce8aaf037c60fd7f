package org.lettersofhope.letter.domain;

import java.util.EnumSet;
import java.util.Set;

/** A campaign is drafted, then active (public, counted), then closed. */
public enum CampaignStatus {
    DRAFT, ACTIVE, CLOSED;

    public Set<CampaignStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE);
            case ACTIVE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }
}
