package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.task.VolunteerHoursLogged;
import org.lettersofhope.shared.event.task.VolunteerHoursWithdrawn;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.domain.TaskHours;
import org.lettersofhope.volunteer.domain.TaskHoursRepository;
import org.lettersofhope.volunteer.domain.TaskSignUp;
import org.lettersofhope.volunteer.domain.TaskSignUpRepository;
import org.lettersofhope.volunteer.domain.TaskSignUpStatus;
import org.lettersofhope.volunteer.domain.TaskStatus;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerTask;
import org.lettersofhope.volunteer.domain.VolunteerTaskRepository;
import org.lettersofhope.volunteer.service.TaskViews.SignUpView;

/**
 * Volunteers' part in tasks: signing up (never beyond the people a task needs), completing or withdrawing, and the
 * hours they log, which go to tally-service as {@link VolunteerHoursLogged} in the same transaction. A sign-up is
 * its volunteer's and its task's staff's; finders answer empty for anyone else.
 */
@ApplicationScoped
public class TaskWorkService {

    /** The most one sign-up may log for one day. */
    public static final int MINUTES_PER_DAY = 24 * 60;

    /** How far back hours may be logged: a year, so that last month's work is never refused. */
    public static final int DAYS_BACK = 366;

    @Inject
    VolunteerTaskRepository tasks;

    @Inject
    TaskSignUpRepository signUps;

    @Inject
    TaskHoursRepository hours;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TaskAccess access;

    @Inject
    Outbox outbox;

    /**
     * Signs the calling volunteer up. Signing up again answers the same sign-up; one withdrawn signs up anew. Empty
     * when the task is not one they may take.
     */
    @Transactional
    public Optional<SignUpView> signUp(UUID taskId) {
        Volunteer v = access.requirePerson();
        Optional<VolunteerTask> found = tasks.findByIdForUpdate(taskId);
        Optional<TaskSignUp> existing = found.flatMap(t -> signUps.findOf(t.id, v.id));
        if (found.isEmpty() || (existing.isEmpty() && !TaskAccess.isOpenTo(found.get(), v))) {
            return Optional.empty();
        }
        VolunteerTask t = found.get();
        TaskSignUp s = existing.orElse(null);
        if (s != null && s.status.holdsPlace()) {
            return Optional.of(view(s, t, false));
        }
        takePlace(t, v, Instant.now());
        if (s == null) {
            s = new TaskSignUp();
            s.id = UUID.randomUUID();
            s.taskId = t.id;
            s.volunteerId = v.id;
            signUps.persist(s);
        }
        s.status = TaskSignUpStatus.SIGNED_UP;
        s.signedUpAt = Instant.now();
        s.completedAt = null;
        s.updatedAt = s.signedUpAt;
        signUps.flush();
        return Optional.of(view(s, t, false));
    }

    @Transactional
    public Optional<List<SignUpView>> signUpsOf(UUID taskId) {
        return tasks.findByIdOptional(taskId).filter(access::canManage).map(t -> {
            List<TaskSignUp> all = signUps.ofTask(t.id);
            Map<UUID, List<TaskHours>> logs = hours.ofSignUps(all.stream().map(s -> s.id).toList());
            return all.stream().map(s -> new SignUpView(s, t,
                    s.volunteerId == null ? null : volunteers.findLive(s.volunteerId).orElse(null),
                    logs.getOrDefault(s.id, List.of()))).toList();
        });
    }

    /** The calling volunteer's sign-ups, newest first. */
    @Transactional
    public List<SignUpView> mine() {
        Volunteer v = access.requirePerson();
        List<TaskSignUp> all = signUps.ofVolunteer(v.id);
        Map<UUID, List<TaskHours>> logs = hours.ofSignUps(all.stream().map(s -> s.id).toList());
        return all.stream().map(s -> new SignUpView(s, tasks.findById(s.taskId), null,
                logs.getOrDefault(s.id, List.of()))).toList();
    }

    @Transactional
    public Optional<SignUpView> find(UUID signUpId) {
        return reachable(signUpId, false).map(r -> view(r.signUp(), r.task(), r.staff()));
    }

    /**
     * Completes or withdraws a sign-up (its volunteer or the task's staff), or signs a withdrawn one up again (its
     * volunteer, as {@link #signUp}). The same status again changes nothing.
     */
    @Transactional
    public Optional<SignUpView> move(UUID signUpId, TaskSignUpStatus to) {
        if (to == TaskSignUpStatus.SIGNED_UP) {
            // the task's lock first, as every sign-up takes it
            Optional<Reached> seen = reachable(signUpId, false);
            if (seen.isPresent() && seen.get().signUp().status == TaskSignUpStatus.WITHDRAWN
                    && !access.isOwn(seen.get().signUp())) {
                throw ProblemException.conflict("Only the volunteer signs up again.");
            }
            if (seen.isPresent() && seen.get().signUp().status != TaskSignUpStatus.COMPLETED) {
                return signUp(seen.get().task().id);
            }
        }
        Optional<Reached> found = reachable(signUpId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TaskSignUp s = found.get().signUp();
        VolunteerTask t = found.get().task();
        if (s.status == to) {
            return Optional.of(view(s, t, found.get().staff()));
        }
        if (!s.status.allowedNext().contains(to)) {
            throw ProblemException.illegalTransition(s.status, to, s.status.allowedNext());
        }
        Instant now = Instant.now();
        s.status = to;
        s.completedAt = to == TaskSignUpStatus.COMPLETED ? now : null;
        s.updatedAt = now;
        signUps.flush();
        return Optional.of(view(s, t, found.get().staff()));
    }

    /**
     * Logs hours on a sign-up (its volunteer, or the task's staff for them). Not on a withdrawn sign-up; a day in the
     * last year and not ahead of today (wherever the volunteer is); at most a day's worth per sign-up and day.
     */
    @Transactional
    public Optional<SignUpView> log(UUID signUpId, LocalDate workedOn, int minutes) {
        Optional<Reached> found = reachable(signUpId, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TaskSignUp s = found.get().signUp();
        VolunteerTask t = found.get().task();
        if (!s.status.holdsPlace()) {
            throw ProblemException.stateConflict("Hours are logged on a sign-up that is not withdrawn.", s.status,
                    List.of(TaskSignUpStatus.SIGNED_UP, TaskSignUpStatus.COMPLETED));
        }
        // UTC+14 is the earliest today on Earth: a day later than UTC's may already have begun somewhere.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (workedOn.isAfter(today.plusDays(1))) {
            throw ProblemException.invalidField("workedOn", "must not be in the future");
        }
        if (workedOn.isBefore(today.minusDays(DAYS_BACK))) {
            throw ProblemException.invalidField("workedOn", "must be within the last " + DAYS_BACK + " days");
        }
        if (hours.countedMinutes(s.id, workedOn) + minutes > MINUTES_PER_DAY) {
            throw ProblemException.invalidField("hours", "would make more than 24 hours on " + workedOn);
        }
        Instant now = Instant.now();
        TaskHours h = new TaskHours();
        h.id = UUID.randomUUID();
        h.signUpId = s.id;
        h.taskId = t.id;
        h.chapterId = t.chapterId;
        h.workedOn = workedOn;
        h.minutes = minutes;
        h.loggedAt = now;
        hours.persist(h);
        outbox.record(EventTypes.VOLUNTEER_HOURS_LOGGED, new VolunteerHoursLogged(h.id, t.id, s.volunteerId,
                t.chapterId, workedOn, minutes, now));
        hours.flush();
        return Optional.of(view(s, t, found.get().staff()));
    }

    /** Takes a log back (its volunteer or the task's staff); once: taking it back again changes nothing. */
    @Transactional
    public Optional<SignUpView> withdrawLog(UUID logId) {
        Optional<TaskHours> log = hours.findByIdOptional(logId);
        Optional<Reached> found = log.flatMap(h -> reachable(h.signUpId, true));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TaskHours h = hours.findById(logId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (h.counts()) {
            h.withdrawnAt = Instant.now();
            outbox.record(EventTypes.VOLUNTEER_HOURS_WITHDRAWN, new VolunteerHoursWithdrawn(h.id, h.taskId,
                    h.chapterId, h.workedOn, h.minutes, h.withdrawnAt));
            hours.flush();
        }
        return Optional.of(view(found.get().signUp(), found.get().task(), found.get().staff()));
    }

    private record Reached(TaskSignUp signUp, VolunteerTask task, boolean staff) {
    }

    /**
     * The sign-up if the caller may see it (its live volunteer, or staff of its task), with its task; locked when it
     * is to change, so that two changes of one sign-up happen one after the other.
     */
    private Optional<Reached> reachable(UUID signUpId, boolean forUpdate) {
        TaskSignUp s = forUpdate ? signUps.findById(signUpId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                : signUps.findById(signUpId);
        if (s == null) {
            return Optional.empty();
        }
        VolunteerTask t = tasks.findById(s.taskId);
        boolean staff = access.canManage(t);
        if (!staff && !(access.isOwn(s) && access.person().isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new Reached(s, t, staff));
    }

    /** Refuses a place the task cannot give: it is not open, or every place it needs is taken. */
    private void takePlace(VolunteerTask t, Volunteer v, Instant now) {
        if (v.status != VolunteerStatus.ACTIVE) {
            throw ProblemException.conflict("Only active volunteers sign up for tasks; a coordinator makes a new "
                    + "volunteer active after their review.");
        }
        if (t.status != TaskStatus.OPEN) {
            throw ProblemException.stateConflict("The task is " + t.status + ": it takes no sign-ups.", t.status,
                    t.status.allowedNext());
        }
        if (t.dueOn != null && t.dueOn.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1))) {
            throw ProblemException.conflict("The task was due on " + t.dueOn + ".");
        }
        long taken = signUps.placesTaken(List.of(t.id)).getOrDefault(t.id, 0L);
        if (taken >= t.peopleNeeded) {
            throw ProblemException.conflict("Every place of this task is taken.");
        }
    }

    private SignUpView view(TaskSignUp s, VolunteerTask t, boolean staff) {
        Volunteer v = staff && s.volunteerId != null ? volunteers.findLive(s.volunteerId).orElse(null) : null;
        return new SignUpView(s, t, v, hours.ofSignUps(List.of(s.id)).getOrDefault(s.id, List.of()));
    }
}
