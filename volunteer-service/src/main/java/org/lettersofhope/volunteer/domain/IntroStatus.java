package org.lettersofhope.volunteer.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The organiser's video introduction at a community event: the host asks for it, a coordinator schedules it (and may
 * move it), then it is done, or declined at any point before.
 */
public enum IntroStatus {
    NOT_REQUESTED, REQUESTED, SCHEDULED, DONE, DECLINED;

    public Set<IntroStatus> allowedNext() {
        return switch (this) {
            case NOT_REQUESTED -> EnumSet.of(REQUESTED);
            case REQUESTED -> EnumSet.of(SCHEDULED, DECLINED);
            // scheduled again: moved to another time or link
            case SCHEDULED -> EnumSet.of(SCHEDULED, DONE, DECLINED);
            case DONE, DECLINED -> EnumSet.noneOf(IntroStatus.class);
        };
    }
}
