package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.Set;

import org.lettersofhope.shared.event.letter.CampaignKind;

/** Filters of a campaign list; null means any. */
public record CampaignSearch(Set<CampaignStatus> statuses, CampaignKind kind, Instant updatedSince) {
}
