package org.lettersofhope.volunteer.service;

import java.util.Collection;
import java.util.List;

/**
 * The request does not fit the record's current state: an event that is not proposed any more cannot be approved, an
 * event that has not ended cannot be reported back. Says the current status and the statuses it may still move to.
 */
public class StateConflictException extends RuntimeException {

    private final String currentStatus;
    private final List<String> allowedNextStatuses;

    public StateConflictException(String detail, Enum<?> currentStatus, Collection<? extends Enum<?>> allowedNext) {
        super(detail, null, false, false);
        this.currentStatus = currentStatus.name();
        this.allowedNextStatuses = allowedNext.stream().map(Enum::name).sorted().toList();
    }

    public String currentStatus() {
        return currentStatus;
    }

    public List<String> allowedNextStatuses() {
        return allowedNextStatuses;
    }
}
