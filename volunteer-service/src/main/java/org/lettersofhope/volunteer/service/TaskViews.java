package org.lettersofhope.volunteer.service;

import java.util.List;

import org.lettersofhope.volunteer.domain.TaskHours;
import org.lettersofhope.volunteer.domain.TaskSignUp;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerTask;

/** Tasks, sign-ups and suggestions as one caller may see them. */
public final class TaskViews {

    private TaskViews() {
    }

    /**
     * A task with how many places are taken. For a volunteer looking for work: which of its skills they have
     * ({@code matchingSkills}, null for staff) and their own sign-up, if any.
     */
    public record TaskView(VolunteerTask task, long placesTaken, List<String> matchingSkills, TaskSignUp mine) {
    }

    /** A sign-up with its task and its logs; {@code volunteer} only for staff (their name), else null. */
    public record SignUpView(TaskSignUp signUp, VolunteerTask task, Volunteer volunteer, List<TaskHours> logs) {

        public long countedMinutes() {
            return logs.stream().filter(TaskHours::counts).mapToLong(h -> h.minutes).sum();
        }
    }

    /** A volunteer who fits a task, and what of theirs fits. */
    public record Suggestion(Volunteer volunteer, List<String> matchingSkills, List<String> matchingInterests,
            List<String> matchingAvailability) {
    }
}
