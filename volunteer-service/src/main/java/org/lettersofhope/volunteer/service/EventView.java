package org.lettersofhope.volunteer.service;

import org.lettersofhope.volunteer.domain.CommunityEvent;

/**
 * A community event as one caller may see it: with its RSVP counts, whether the street address and meeting link are
 * shown to them (attendees, host, coordinators), and whether they manage it (host, coordinators: status reasons, host).
 */
public record EventView(CommunityEvent event, long confirmed, long waitlisted, boolean showsLocation,
        boolean managed) {
}
