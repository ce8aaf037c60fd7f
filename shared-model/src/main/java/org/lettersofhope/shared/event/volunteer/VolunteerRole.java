package org.lettersofhope.shared.event.volunteer;

/** The ways a volunteer wants to help. */
public enum VolunteerRole {
    WEEKLY_LETTER_WRITER,
    QUICK_NOTES,
    EVENT_HOST,
    ORGANIZING_COMMITTEE,
    VIRTUAL_VOLUNTEER,
    CHAPTER_FOUNDER
}
