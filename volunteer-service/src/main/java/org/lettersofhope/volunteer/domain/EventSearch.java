package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.CommunityEventStatus;

/**
 * What to look for among community events; a null criterion does not restrict. {@code from} and {@code to} are
 * inclusive dates in each event's own time zone.
 */
public record EventSearch(Set<CommunityEventStatus> statuses, String region, CommunityEventKind kind, LocalDate from,
        LocalDate to, UUID campaignId, UUID chapterId, UUID hostId, Instant endsAfter, Instant updatedSince,
        IntroStatus introStatus) {
}
