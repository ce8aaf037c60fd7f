package org.lettersofhope.volunteer.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.domain.TaskSignUp;
import org.lettersofhope.volunteer.domain.TaskStatus;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerTask;

import io.quarkus.security.ForbiddenException;

/**
 * Who may see and do what with a task. The coordinators and partner key of its chapter manage it; headquarters
 * manages every task, and alone those of no chapter. A volunteer sees the open tasks of their chapter and of
 * headquarters that are meant for their region, and any task they signed up for.
 */
@ApplicationScoped
public class TaskAccess {

    @Inject
    Caller caller;

    @Inject
    VolunteerRepository volunteers;

    public boolean canManage(VolunteerTask t) {
        return caller.actsFor(t.chapterId);
    }

    /** The calling person, as this service knows them now: never an API key, an erased or departed volunteer. */
    public Optional<Volunteer> person() {
        if (caller.isAnonymous() || caller.isApiKey()) {
            return Optional.empty();
        }
        return caller.subject().flatMap(volunteers::findLive).filter(v -> v.status != VolunteerStatus.LEFT);
    }

    public Volunteer requirePerson() {
        return person().orElseThrow(() -> new ForbiddenException("only a volunteer can do this"));
    }

    public boolean isOwn(TaskSignUp s) {
        return s.volunteerId != null && caller.subject().map(s.volunteerId::equals).orElse(false)
                && !caller.isApiKey();
    }

    /** Whether the task is one this volunteer may take: open, of their chapter or of headquarters, for their region. */
    public static boolean isOpenTo(VolunteerTask t, Volunteer v) {
        return t.status == TaskStatus.OPEN && (t.chapterId == null || t.chapterId.equals(v.chapterId))
                && (t.region == null || t.region.equals(v.region));
    }

    /**
     * The chapter a new task belongs to: headquarters names any or none; a chapter's coordinator or partner key
     * posts for its own chapter (naming none means theirs). Anything else is a 422 on {@code chapterId}; a caller
     * who acts for no chapter at all is refused 403.
     */
    public UUID chapterFor(UUID requested) {
        if (caller.isHeadquarters()) {
            return requested;
        }
        Optional<UUID> worksFor = caller.is(Roles.COORDINATOR) || caller.is(Roles.PARTNER) ? caller.chapterId()
                : Optional.empty();
        if (worksFor.isEmpty()) {
            throw new ForbiddenException("only headquarters and a chapter's coordinators post tasks");
        }
        if (requested == null || requested.equals(worksFor.get())) {
            return worksFor.get();
        }
        throw Refusals.unusable("chapterId", "must be the chapter you coordinate");
    }

    /**
     * The chapter a staff list is of: headquarters names any (or none: every chapter); a chapter's staff read their
     * own, and naming another is 403.
     */
    public Optional<UUID> listScope(UUID requested) {
        if (caller.isHeadquarters()) {
            return Optional.ofNullable(requested);
        }
        UUID own = caller.is(Roles.COORDINATOR) || caller.is(Roles.PARTNER) ? caller.chapterId().orElse(null) : null;
        if (own == null || (requested != null && !requested.equals(own))) {
            throw new ForbiddenException("a chapter's staff read their own chapter's tasks");
        }
        return Optional.of(own);
    }
}
