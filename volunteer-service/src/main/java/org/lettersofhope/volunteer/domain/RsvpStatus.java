package org.lettersofhope.volunteer.domain;

/**
 * Whether an RSVP holds a place, waits for one, or was given up. A guest's RSVP is PENDING until its address is
 * confirmed: it holds no place, is counted nowhere and lapses unconfirmed.
 */
public enum RsvpStatus {
    PENDING,
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
