package org.lettersofhope.shared.event.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A log of hours was taken back, by its volunteer or a coordinator (logged by mistake, or not done): whatever counted
 * {@link VolunteerHoursLogged} {@code logId} no longer counts it. It repeats the log's chapter, day and minutes so
 * that a reader can take them off without having kept them.
 */
public record VolunteerHoursWithdrawn(UUID logId, UUID taskId, UUID chapterId, LocalDate workedOn, int minutes,
        Instant withdrawnAt) implements DomainEvent {

    public VolunteerHoursWithdrawn {
        DomainEvent.requireId(logId, "logId");
        DomainEvent.requireId(taskId, "taskId");
    }

    @Override
    public UUID aggregateId() {
        return taskId;
    }
}
