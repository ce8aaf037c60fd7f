package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.volunteer.domain.TaskMode;
import org.lettersofhope.volunteer.domain.TaskSignUp;
import org.lettersofhope.volunteer.domain.TaskSignUpRepository;
import org.lettersofhope.volunteer.domain.TaskStatus;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerTask;
import org.lettersofhope.volunteer.domain.VolunteerTaskRepository;
import org.lettersofhope.volunteer.service.TaskViews.Suggestion;
import org.lettersofhope.volunteer.service.TaskViews.TaskView;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Tasks from posting to closing, the volunteers who fit one, and the tasks that fit a volunteer. Finders answer empty
 * when the task does not exist or is outside the caller's reach.
 */
@ApplicationScoped
public class TaskService {

    @Inject
    VolunteerTaskRepository tasks;

    @Inject
    TaskSignUpRepository signUps;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TaskAccess access;

    @Inject
    ChapterService chapters;

    @Transactional
    public TaskView post(TaskPlan plan) {
        UUID chapter = access.chapterFor(plan.chapterId());
        if (chapter != null) {
            chapters.requireActive(chapter);
        }
        Instant now = Instant.now();
        VolunteerTask t = new VolunteerTask();
        t.id = UUID.randomUUID();
        t.chapterId = chapter;
        t.status = TaskStatus.OPEN;
        t.createdBy = access.person().map(v -> v.id).orElse(null);
        t.createdAt = now;
        apply(t, plan, now);
        tasks.persist(t);
        return new TaskView(t, 0, null, null);
    }

    /**
     * Replaces an open or closed task's details (not its chapter). It cannot need fewer people than have signed up;
     * {@code expectedVersion} null skips the version check.
     */
    @Transactional
    public Optional<TaskView> revise(UUID id, TaskPlan plan, Long expectedVersion) {
        Optional<VolunteerTask> found = tasks.findByIdForUpdate(id).filter(access::canManage);
        found.ifPresent(t -> {
            if (t.status == TaskStatus.CANCELLED) {
                throw ProblemException.stateConflict("A cancelled task cannot be changed.", t.status,
                        t.status.allowedNext());
            }
            if (expectedVersion != null && expectedVersion != t.version) {
                throw ProblemException.preconditionFailed();
            }
            if (plan.chapterId() != null && !plan.chapterId().equals(t.chapterId)) {
                throw Refusals.unusable("chapterId", "cannot change: post a new task for another chapter");
            }
            long taken = placesTaken(t);
            if (plan.peopleNeeded() < taken) {
                throw ProblemException.conflict("The task already has " + taken
                        + " people signed up: it cannot need fewer.");
            }
            apply(t, plan, Instant.now());
            tasks.flush();
        });
        return found.map(this::staffView);
    }

    /** Moves a task along {@link TaskStatus#allowedNext}; the same status again changes nothing. */
    @Transactional
    public Optional<TaskView> move(UUID id, TaskStatus to) {
        Optional<VolunteerTask> found = tasks.findByIdForUpdate(id).filter(access::canManage);
        found.ifPresent(t -> {
            if (t.status == to) {
                return;
            }
            if (!t.status.allowedNext().contains(to)) {
                throw ProblemException.illegalTransition(t.status, to, t.status.allowedNext());
            }
            t.status = to;
            t.updatedAt = Instant.now();
            tasks.flush();
        });
        return found.map(this::staffView);
    }

    /** A task its staff manage, or one a volunteer may take or has signed up for. */
    @Transactional
    public Optional<TaskView> find(UUID id) {
        Optional<VolunteerTask> found = tasks.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VolunteerTask t = found.get();
        if (access.canManage(t)) {
            return Optional.of(staffView(t));
        }
        Optional<Volunteer> person = access.person();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        TaskSignUp mine = signUps.findOf(t.id, person.get().id).orElse(null);
        if (mine == null && !TaskAccess.isOpenTo(t, person.get())) {
            return Optional.empty();
        }
        return Optional.of(new TaskView(t, placesTaken(t), matching(t.skills, person.get().skills), mine));
    }

    @Transactional
    public Slice<TaskView> listForStaff(UUID chapterId, boolean headquartersOnly, TaskStatus status, int page,
            int size) {
        Optional<UUID> scope = access.listScope(chapterId);
        PanacheQuery<VolunteerTask> q = tasks.search(scope.orElse(null), scope.isEmpty() && headquartersOnly,
                status);
        List<VolunteerTask> items = q.page(page, size).list();
        Map<UUID, Long> taken = signUps.placesTaken(items.stream().map(t -> t.id).toList());
        return new Slice<>(items.stream().map(t -> new TaskView(t, taken.getOrDefault(t.id, 0L), null, null))
                .toList(), q.count());
    }

    /**
     * The open tasks the calling volunteer may take, best fit first: the most of their skills, then soonest due.
     * Tasks with every place taken are left out unless the volunteer holds one of them.
     */
    @Transactional
    public Slice<TaskView> openForMe(int page, int size) {
        Volunteer v = access.requirePerson();
        List<VolunteerTask> open = tasks.openFor(v.chapterId, v.region, LocalDate.now(ZoneOffset.UTC).minusDays(1))
                .stream().filter(t -> speaksOne(v, t)).toList();
        List<UUID> ids = open.stream().map(t -> t.id).toList();
        Map<UUID, Long> taken = signUps.placesTaken(ids);
        Map<UUID, TaskSignUp> mine = signUps.ofVolunteer(v.id).stream()
                .collect(Collectors.toMap(s -> s.taskId, Function.identity()));
        List<TaskView> fitting = open.stream()
                .map(t -> new TaskView(t, taken.getOrDefault(t.id, 0L), matching(t.skills, v.skills), mine.get(t.id)))
                .filter(view -> view.placesTaken() < view.task().peopleNeeded
                        || (view.mine() != null && view.mine().status.holdsPlace()))
                .sorted(Comparator.comparingInt((TaskView view) -> -view.matchingSkills().size())
                        .thenComparing(view -> view.task().dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int from = Math.min(page * size, fitting.size());
        return new Slice<>(fitting.subList(from, Math.min(from + size, fitting.size())), fitting.size());
    }

    /** Volunteers who fit the task and have not taken it, best fit first ({@link VolunteerRepository#suggestFor}). */
    @Transactional
    public Optional<List<Suggestion>> suggestions(UUID id, int limit) {
        return tasks.findByIdOptional(id).filter(access::canManage).map(t -> volunteers.suggestFor(t, limit).stream()
                .map(v -> new Suggestion(v, matching(t.skills, v.skills), matching(t.skills, v.interests),
                        matching(t.availability, v.availability)))
                .toList());
    }

    long placesTaken(VolunteerTask t) {
        return signUps.placesTaken(List.of(t.id)).getOrDefault(t.id, 0L);
    }

    private TaskView staffView(VolunteerTask t) {
        return new TaskView(t, placesTaken(t), null, null);
    }

    private static boolean speaksOne(Volunteer v, VolunteerTask t) {
        return t.languages.length == 0 || !matching(t.languages, v.languages).isEmpty();
    }

    /** What of {@code theirs} the task asks for, in the task's order. */
    static List<String> matching(String[] wanted, String[] theirs) {
        Set<String> have = new HashSet<>(Arrays.asList(theirs));
        return Arrays.stream(wanted).filter(have::contains).toList();
    }

    private static void apply(VolunteerTask t, TaskPlan plan, Instant now) {
        if (plan.mode() == TaskMode.IN_PERSON && plan.region() == null) {
            throw ProblemException.invalidField("region", "is required for a task done in person");
        }
        t.title = plan.title().strip();
        t.description = plan.description() == null || plan.description().isBlank() ? null
                : plan.description().strip();
        t.skills = sorted(plan.skills());
        t.languages = sorted(plan.languages());
        t.availability = plan.availability() == null ? new String[0]
                : plan.availability().stream().map(Enum::name).sorted().toArray(String[]::new);
        t.mode = plan.mode();
        t.city = plan.city() == null || plan.city().isBlank() ? null : plan.city().strip();
        t.region = plan.region();
        t.estimatedMinutes = plan.estimatedMinutes();
        t.dueOn = plan.dueOn();
        t.peopleNeeded = plan.peopleNeeded();
        t.updatedAt = now;
    }

    private static String[] sorted(Set<String> tags) {
        return tags == null ? new String[0] : tags.stream().sorted().toArray(String[]::new);
    }
}
