package org.lettersofhope.volunteer.domain;

/** Whether an RSVP holds a place, waits for one, or was given up. */
public enum RsvpStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED
}
