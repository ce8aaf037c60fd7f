package org.lettersofhope.volunteer.service;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.lettersofhope.volunteer.domain.Availability;
import org.lettersofhope.volunteer.domain.TaskMode;

/** What a coordinator asks for in a task, validated at the API. Tags and languages arrive lower-cased. */
public record TaskPlan(UUID chapterId, String title, String description, Set<String> skills, Set<String> languages,
        Set<Availability> availability, TaskMode mode, String city, String region, Integer estimatedMinutes,
        LocalDate dueOn, int peopleNeeded) {
}
