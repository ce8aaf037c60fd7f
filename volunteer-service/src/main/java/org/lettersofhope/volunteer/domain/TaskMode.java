package org.lettersofhope.volunteer.domain;

/** Where a task is done: somewhere in a region (stuffing envelopes at the office), or from anywhere. */
public enum TaskMode {
    IN_PERSON, VIRTUAL
}
