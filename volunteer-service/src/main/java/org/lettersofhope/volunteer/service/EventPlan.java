package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.community.CommunityEventFormat;
import org.lettersofhope.shared.event.community.CommunityEventKind;

/** What a host proposes or edits, already validated at the API boundary. */
public record EventPlan(CommunityEventKind kind, String title, String description, CommunityEventFormat format,
        Instant startsAt, Instant endsAt, String timeZone, String venueName, String streetAddress, String city,
        String region, String meetingUrl, int capacity, UUID campaignId, boolean organiserIntroRequested,
        UUID chapterId) {
}
