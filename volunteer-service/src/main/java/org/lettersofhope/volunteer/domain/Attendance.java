package org.lettersofhope.volunteer.domain;

/** What the host recorded after the event for a confirmed RSVP. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
