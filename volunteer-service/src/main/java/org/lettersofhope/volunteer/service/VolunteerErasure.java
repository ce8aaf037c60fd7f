package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.shared.event.community.EventCancelled;
import org.lettersofhope.volunteer.domain.ChapterCoordinatorRepository;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.CommunityEventRepository;
import org.lettersofhope.volunteer.domain.EventRsvp;
import org.lettersofhope.volunteer.domain.EventRsvpRepository;
import org.lettersofhope.volunteer.domain.RsvpStatus;
import org.lettersofhope.volunteer.domain.TaskSignUpRepository;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerTaskRepository;

/**
 * What a volunteer's erasure does beyond their own row, in its transaction (docs/erasure.md): their RSVPs keep only
 * what counts (status, attendance), places at events still to come are given up; events they host that have not
 * ended are cancelled; every event they host loses them, its venue, address, link and wording; they stop
 * coordinating chapters, and a chapter whose contact they were loses that contact.
 */
@ApplicationScoped
public class VolunteerErasure {

    /** Marks a record an erased person made, where a column needs some value; no id can be read from it. */
    public static final String ERASED = "erased";

    private static final Map<CommunityEventKind, String> NEUTRAL_TITLES = Map.of(
            CommunityEventKind.LETTER_WRITING, "Letter-writing event",
            CommunityEventKind.POSTCARD_PARTY, "Postcard party",
            CommunityEventKind.ORGANIZING_MEETING, "Organizing meeting",
            CommunityEventKind.INFO_SESSION, "Info session");

    @Inject
    CommunityEventRepository events;

    @Inject
    EventRsvpRepository rsvps;

    @Inject
    RsvpService rsvpService;

    @Inject
    ChapterCoordinatorRepository coordinators;

    @Inject
    Outbox outbox;

    @Inject
    TaskSignUpRepository taskSignUps;

    @Inject
    VolunteerTaskRepository tasks;

    /** @param v the volunteer, before their own fields are cleared (their email finds their guest RSVPs) */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseActivity(Volunteer v, Instant now) {
        List<UUID> hosted = events.idsHostedBy(v.id);
        List<EventRsvp> own = rsvps.ofPerson(v.id, v.email);
        // Every RSVP change takes its event's lock first; taking them in id order keeps two erasures from deadlocking.
        Set<UUID> toLock = new TreeSet<>(hosted);
        own.forEach(r -> toLock.add(r.eventId));
        Map<UUID, CommunityEvent> locked = new java.util.HashMap<>();
        for (UUID id : toLock) {
            events.findByIdForUpdate(id).ifPresent(e -> locked.put(id, e));
        }
        for (EventRsvp r : own) {
            forgetAttendee(r, locked.get(r.eventId), now);
        }
        for (UUID id : hosted) {
            forgetHost(locked.get(id), now);
        }
        coordinators.delete("volunteerId", v.id);
        // their part in tasks still counts for the task, no longer as theirs
        taskSignUps.forgetVolunteer(v.id);
        tasks.update("createdBy = null where createdBy = ?1", v.id);
        events.getEntityManager().createNativeQuery("""
                update community_event set intro_coordinator_id = null where intro_coordinator_id = ?1""")
                .setParameter(1, v.id).executeUpdate();
        events.getEntityManager().createNativeQuery("""
                update chapter set proposed_by = ?2 where proposed_by = ?1""")
                .setParameter(1, v.id.toString()).setParameter(2, ERASED).executeUpdate();
        if (v.email != null) {
            events.getEntityManager().createNativeQuery("""
                    update chapter set contact_name = null, contact_email = null, updated_at = ?2
                    where contact_email = ?1""")
                    .setParameter(1, v.email).setParameter(2, now).executeUpdate();
        }
    }

    /**
     * A place at an event still to come is given up (and goes to whoever waits longest); an RSVP of a past event
     * keeps its status and attendance so that the event's counts stay as they were.
     */
    private void forgetAttendee(EventRsvp r, CommunityEvent e, Instant now) {
        boolean freesAPlace = false;
        if (!e.hasEnded(now) && r.status != RsvpStatus.CANCELLED) {
            freesAPlace = r.status == RsvpStatus.CONFIRMED;
            r.status = RsvpStatus.CANCELLED;
            r.waitlistedAt = null;
        }
        r.volunteerId = null;
        r.name = null;
        r.email = null;
        r.cancelTokenSha256 = null;
        r.erasedAt = now;
        r.updatedAt = now;
        rsvps.flush();
        if (freesAPlace && e.status == CommunityEventStatus.APPROVED) {
            rsvpService.promoteFromWaitlist(e, now);
        }
    }

    /**
     * An event still to come has no host any more and is cancelled (its attendees see that). Every hosted event
     * loses what may point at its host — the venue and street address may be their home, the wording theirs — and
     * keeps its kind, dates, city, region, chapter, campaign and report-back counts.
     */
    private void forgetHost(CommunityEvent e, Instant now) {
        if (!e.hasEnded(now) && e.allowedNext().contains(CommunityEventStatus.CANCELLED)) {
            CommunityEventStatus previous = e.status;
            e.status = CommunityEventStatus.CANCELLED;
            outbox.record(EventTypes.EVENT_CANCELLED,
                    new EventCancelled(e.id, previous, e.startsAt, e.region, e.chapterId, now));
        }
        e.hostId = null;
        e.title = NEUTRAL_TITLES.getOrDefault(e.kind, "Community event");
        e.description = null;
        e.venueName = null;
        e.streetAddress = null;
        e.meetingUrl = null;
        e.rejectionReason = e.rejectionReason == null ? null : ERASED;
        e.updatedAt = now;
    }
}
