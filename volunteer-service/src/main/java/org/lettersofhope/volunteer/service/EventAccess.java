package org.lettersofhope.volunteer.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.EventRsvpRepository;
import org.lettersofhope.volunteer.domain.VolunteerRepository;

import io.quarkus.security.ForbiddenException;

/**
 * Who may see and do what with a community event. Its host and the coordinators (or partner key) of its chapter
 * manage it; headquarters manages all. Anyone sees an approved event, but only its confirmed attendees and managers
 * see where exactly it is.
 */
@ApplicationScoped
public class EventAccess {

    @Inject
    Caller caller;

    @Inject
    EventRsvpRepository rsvps;

    @Inject
    VolunteerRepository volunteers;

    /** The volunteer id of a person calling with a token; empty for anonymous callers and API keys. */
    public Optional<UUID> person() {
        if (caller.isAnonymous() || caller.isApiKey()) {
            return Optional.empty();
        }
        return caller.subject();
    }

    /** The calling person's volunteer id, or 403 when the caller is not a person (an API key, a token without id). */
    public UUID requirePerson() {
        return person().orElseThrow(() -> new ForbiddenException("only a person can do this"));
    }

    public boolean isHost(CommunityEvent e) {
        return person().map(p -> p.equals(e.hostId)).orElse(false);
    }

    /** Coordinators of the event's chapter, its partner key, headquarters and admins. */
    public boolean isStaff(CommunityEvent e) {
        return caller.actsFor(e.chapterId);
    }

    public boolean canManage(CommunityEvent e) {
        return isHost(e) || isStaff(e);
    }

    public boolean canRead(CommunityEvent e) {
        return e.isPublic() || canManage(e);
    }

    public boolean seesLocation(CommunityEvent e) {
        return canManage(e) || person().map(p -> rsvps.isConfirmed(e.id, p)).orElse(false);
    }

    /**
     * The chapter a new or edited event may belong to: one the caller works for or belongs to, never one they merely
     * name. Headquarters may name any chapter or none. A chapter's coordinator or partner key works for that chapter
     * (an event without one becomes theirs); a person may also name the chapter they are a member of, as
     * volunteer-service's own records say. Anything else is a 422 on {@code chapterId}.
     */
    public UUID chapterFor(UUID requested) {
        if (caller.isHeadquarters()) {
            return requested;
        }
        Optional<UUID> worksFor = caller.is(Roles.COORDINATOR) || caller.is(Roles.PARTNER) ? caller.chapterId()
                : Optional.empty();
        if (requested == null) {
            return worksFor.orElse(null);
        }
        if (worksFor.map(requested::equals).orElse(false) || isMemberOf(requested)) {
            return requested;
        }
        throw Refusals.unusable("chapterId", "must be a chapter you belong to");
    }

    private boolean isMemberOf(UUID chapter) {
        return person().flatMap(volunteers::findLive).map(v -> chapter.equals(v.chapterId)).orElse(false);
    }
}
