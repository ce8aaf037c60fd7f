package org.lettersofhope.volunteer.service;

import org.lettersofhope.volunteer.domain.EventRsvp;

/**
 * An RSVP as its owner sees it: the event (with its address once the place is confirmed), the place in the waitlist,
 * and — only in the answer that created or renewed a guest's RSVP — the cancel token, which is never stored.
 */
public record RsvpView(EventRsvp rsvp, EventView event, Long waitlistPosition, String cancelToken, boolean created) {
}
