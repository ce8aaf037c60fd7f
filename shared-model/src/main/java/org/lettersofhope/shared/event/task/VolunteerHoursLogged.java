package org.lettersofhope.shared.event.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A volunteer logged time they gave to a task. {@code chapterId} is the task's chapter (null for a task of
 * headquarters); {@code workedOn} the day the work was done, which is the month it counts in. Each log is counted
 * once, by {@code logId}; a log taken back is {@link VolunteerHoursWithdrawn} with the same id.
 */
public record VolunteerHoursLogged(UUID logId, UUID taskId, UUID volunteerId, UUID chapterId, LocalDate workedOn,
        int minutes, Instant loggedAt) implements DomainEvent {

    public VolunteerHoursLogged {
        DomainEvent.requireId(logId, "logId");
        DomainEvent.requireId(taskId, "taskId");
    }

    @Override
    public UUID aggregateId() {
        return taskId;
    }
}
