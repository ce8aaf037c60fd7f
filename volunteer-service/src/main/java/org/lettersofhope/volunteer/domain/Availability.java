package org.lettersofhope.volunteer.domain;

/** When a volunteer can help. */
public enum Availability {
    WEEKDAY_MORNINGS,
    WEEKDAY_AFTERNOONS,
    WEEKDAY_EVENINGS,
    WEEKEND_MORNINGS,
    WEEKEND_AFTERNOONS,
    WEEKEND_EVENINGS
}
