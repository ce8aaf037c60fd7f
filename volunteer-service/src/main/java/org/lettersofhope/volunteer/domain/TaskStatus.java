package org.lettersofhope.volunteer.domain;

import java.util.EnumSet;
import java.util.Set;

/** A task takes sign-ups while OPEN; CLOSED once enough people have it in hand (it may open again); CANCELLED ends it. */
public enum TaskStatus {
    OPEN, CLOSED, CANCELLED;

    public Set<TaskStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED -> EnumSet.of(OPEN, CANCELLED);
            case CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }
}
