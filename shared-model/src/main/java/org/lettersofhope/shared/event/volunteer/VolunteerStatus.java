package org.lettersofhope.shared.event.volunteer;

/** Where a volunteer is in their time with the organisation; coordinators move them along. */
public enum VolunteerStatus {
    APPLIED,
    ACTIVE,
    PAUSED,
    LEFT
}
