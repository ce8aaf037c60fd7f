package org.lettersofhope.volunteer.domain;

/** Where a volunteer is in their time with us; coordinators move them along. */
public enum VolunteerStatus {
    APPLIED,
    ACTIVE,
    PAUSED,
    LEFT
}
