package org.lettersofhope.volunteer.domain;

import java.util.EnumSet;
import java.util.Set;

/** A volunteer's part in a task: signed up, then completed, or withdrawn (and may sign up again while it is open). */
public enum TaskSignUpStatus {
    SIGNED_UP, COMPLETED, WITHDRAWN;

    public Set<TaskSignUpStatus> allowedNext() {
        return switch (this) {
            case SIGNED_UP -> EnumSet.of(COMPLETED, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(SIGNED_UP);
            case COMPLETED -> EnumSet.noneOf(TaskSignUpStatus.class);
        };
    }

    /** Whether this sign-up holds one of the places the task needs. */
    public boolean holdsPlace() {
        return this != WITHDRAWN;
    }
}
