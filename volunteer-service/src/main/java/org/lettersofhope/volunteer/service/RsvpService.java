package org.lettersofhope.volunteer.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.community.AttendanceRecorded;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.volunteer.domain.Attendance;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.CommunityEventRepository;
import org.lettersofhope.volunteer.domain.EventRsvp;
import org.lettersofhope.volunteer.domain.EventRsvpRepository;
import org.lettersofhope.volunteer.domain.RsvpStatus;
import org.lettersofhope.volunteer.domain.EmailConfirmation;
import org.lettersofhope.volunteer.domain.EmailConfirmationRepository;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Registrations for community events. Every change takes the event's row lock first, so that places are handed out
 * one at a time: an event never holds more confirmed RSVPs than its capacity, later registrations wait in line, and a
 * cancelled place goes to whoever has waited longest.
 */
@ApplicationScoped
public class RsvpService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CommunityEventRepository events;

    @Inject
    EventRsvpRepository rsvps;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    CommunityEventService eventService;

    @Inject
    EventAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Confirmations confirmations;

    @Inject
    EmailConfirmationRepository confirmationLinks;

    @Inject
    ConfirmationMails mails;

    /** What registering answers: a volunteer's RSVP at once, or for a guest only that a link is on its way. */
    public sealed interface Registration {
        /** A volunteer's RSVP; {@code view.created()} tells a new one from the same one again. */
        record Volunteer(RsvpView view) implements Registration {
        }

        /** A guest's request, answered alike whatever the address and whatever it already holds. */
        record Guest(UUID eventId) implements Registration {
        }
    }

    /**
     * Registers the calling volunteer, or takes a guest's request. A volunteer's token proves who they are: their
     * RSVP holds a place (or waits in line) at once, and registering again answers the same RSVP. A guest proves
     * their address first: the request is PENDING, holds no place and counts nowhere until the link mailed to it is
     * followed ({@link #confirmGuest}), and lapses after the link's lifetime.
     */
    @Transactional
    public Optional<Registration> register(UUID eventId, RsvpForm form) {
        Optional<UUID> person = access.person();
        if (person.isEmpty()) {
            mails.requireRoom(); // before the event's row is locked: a refusal holds up no one else's RSVP
        }
        Optional<CommunityEvent> found = events.findByIdForUpdate(eventId).filter(access::canRead);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CommunityEvent e = found.get();
        Instant now = Instant.now();
        CommunityEventService.requireOpen(e, now);
        if (person.isEmpty()) {
            requireGuestFields(form);
            requestAsGuest(e, form, now);
            return Optional.of(new Registration.Guest(e.id));
        }
        // The token's subject must still be a volunteer here: an erased or departed one, or an id we never had,
        // cannot register in their name.
        Volunteer volunteer = volunteers.findLive(person.get()).filter(v -> v.status != VolunteerStatus.LEFT)
                .orElseThrow(RsvpService::notAVolunteer);
        EventRsvp r = rsvps.findByVolunteer(e.id, volunteer.id).orElse(null);
        if (r != null && r.status != RsvpStatus.CANCELLED) {
            return Optional.of(new Registration.Volunteer(view(r, e, null, false)));
        }
        boolean isNew = r == null;
        if (isNew) {
            r = new EventRsvp();
            r.id = UUID.randomUUID();
            r.eventId = e.id;
            r.createdAt = now;
            r.volunteerId = volunteer.id;
            r.name = form.name() == null ? displayName(volunteer) : form.name().strip();
        }
        takePlace(r, e, now);
        if (isNew) {
            rsvps.persist(r);
        }
        rsvps.flush();
        return Optional.of(new Registration.Volunteer(view(r, e, null, true)));
    }

    /**
     * A guest's request: the RSVP for the address waits (PENDING) unless it already holds or awaits a place, and a
     * link goes to the address. Beyond the limit of open links for one RSVP nothing more is mailed.
     */
    private void requestAsGuest(CommunityEvent e, RsvpForm form, Instant now) {
        String email = guestEmail(form);
        EventRsvp r = rsvps.findByEmail(e.id, email).orElse(null);
        Instant until = confirmations.expiry(now);
        if (r == null) {
            r = new EventRsvp();
            r.id = UUID.randomUUID();
            r.eventId = e.id;
            r.email = email;
            r.name = form.name().strip();
            r.createdAt = now;
            r.status = RsvpStatus.PENDING;
            r.pendingUntil = until;
            r.updatedAt = now;
            rsvps.persist(r);
        } else if (r.status == RsvpStatus.CANCELLED || isLapsed(r, now)) {
            r.name = form.name().strip();
            r.cancelTokenSha256 = null;
            r.status = RsvpStatus.PENDING;
            r.pendingUntil = until;
            r.waitlistedAt = null;
            r.attendance = null;
            r.updatedAt = now;
        } else if (r.status == RsvpStatus.PENDING) {
            r.pendingUntil = until;
        }
        // One that holds or awaits a place stays as it is; its link gives the guest a new cancel token (and the
        // whereabouts again), which only the owner of the address can receive.
        if (confirmationLinks.countOpenForRsvp(r.id, now) >= confirmations.maxOpen()) {
            return;
        }
        rsvps.flush();
        String token = confirmations.issue(EmailConfirmation.Purpose.RSVP, email, null, r.id, now);
        mails.rsvp(email, r.name, e, confirmations.link("rsvp", token));
    }

    /**
     * Follows a guest's RSVP link. A PENDING (or since cancelled) RSVP takes a place if one is free, otherwise the
     * end of the waitlist; one that holds or awaits a place keeps it. Either way the guest gets a new cancel token in
     * this answer, and — once they hold a place — the event's whereabouts by mail, to the confirmed address only.
     */
    @Transactional
    public RsvpView confirmGuest(String token) {
        Instant now = Instant.now();
        EmailConfirmation link = confirmations.take(token, EmailConfirmation.Purpose.RSVP, now);
        EventRsvp found = rsvps.findById(link.rsvpId);
        if (found == null) {
            throw Confirmations.invalidToken();
        }
        CommunityEvent e = events.findByIdForUpdate(found.eventId).orElseThrow(Confirmations::invalidToken);
        CommunityEventService.requireOpen(e, now);
        // Re-read under the event's lock: places change only while it is held.
        EventRsvp r = found;
        rsvps.getEntityManager().refresh(r);
        if (r.status == RsvpStatus.PENDING || r.status == RsvpStatus.CANCELLED) {
            takePlace(r, e, now);
        }
        r.pendingUntil = null;
        String cancelToken = newCancelToken();
        r.cancelTokenSha256 = ApiKeySecrets.sha256(cancelToken);
        r.updatedAt = now;
        rsvps.flush();
        if (r.status == RsvpStatus.CONFIRMED) {
            mails.whereabouts(r.email, r.name, e);
        }
        return view(r, e, cancelToken, false);
    }

    /** A free place if there is one, otherwise the end of the line. */
    private void takePlace(EventRsvp r, CommunityEvent e, Instant now) {
        r.attendance = null;
        r.pendingUntil = null;
        if (rsvps.count(e.id, RsvpStatus.CONFIRMED) < e.capacity) {
            r.status = RsvpStatus.CONFIRMED;
            r.waitlistedAt = null;
        } else {
            r.status = RsvpStatus.WAITLISTED;
            r.waitlistedAt = now;
        }
        r.updatedAt = now;
    }

    private static boolean isLapsed(EventRsvp r, Instant now) {
        return r.status == RsvpStatus.PENDING && (r.pendingUntil == null || !r.pendingUntil.isAfter(now));
    }

    static ProblemException notAVolunteer() {
        return new ProblemException(org.lettersofhope.shared.problem.Problem.of(403, "Forbidden",
                "Your token names no current volunteer, so it cannot register in their name; register as a guest "
                        + "with a name and an email instead."));
    }

    /**
     * Cancels an RSVP: by its guest with the cancel token ({@code cancelToken} not null), or else by its volunteer or
     * the event's host or staff. A freed place goes to the longest-waiting RSVP. Cancelling twice changes nothing.
     */
    @Transactional
    public Optional<RsvpView> cancel(UUID eventId, UUID rsvpId, String cancelToken) {
        Optional<CommunityEvent> event = events.findByIdForUpdate(eventId);
        Optional<EventRsvp> found = event.flatMap(e -> rsvps.findOfEvent(e.id, rsvpId));
        if (found.isEmpty() || !mayCancel(found.get(), event.get(), cancelToken)) {
            return Optional.empty();
        }
        CommunityEvent e = event.get();
        EventRsvp r = found.get();
        Instant now = Instant.now();
        if (r.status == RsvpStatus.PENDING) {
            // Nobody has confirmed it: there is nothing of theirs to cancel, and it lapses on its own.
            return Optional.empty();
        }
        if (r.status != RsvpStatus.CANCELLED) {
            if (e.hasEnded(now)) {
                throw CommunityEventService.conflict("The event has ended; its RSVPs can no longer change.", e);
            }
            boolean freesAPlace = r.status == RsvpStatus.CONFIRMED;
            r.status = RsvpStatus.CANCELLED;
            r.waitlistedAt = null;
            r.updatedAt = now;
            rsvps.flush();
            if (freesAPlace && e.status == CommunityEventStatus.APPROVED) {
                promoteFromWaitlist(e, now);
            }
        }
        return Optional.of(view(r, e, null, false));
    }

    /** One RSVP, for its volunteer and the event's host and staff; to anyone else it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RsvpView> find(UUID eventId, UUID rsvpId) {
        return Optional.ofNullable(events.findById(eventId))
                .flatMap(e -> rsvps.findOfEvent(e.id, rsvpId)
                        .filter(r -> access.person().map(p -> p.equals(r.volunteerId)).orElse(false)
                                || access.canManage(e))
                        .map(r -> view(r, e, null, false)));
    }

    /** The host or staff marks whether a confirmed RSVP came, once the event is over. */
    @Transactional
    public Optional<EventRsvp> markAttendance(UUID eventId, UUID rsvpId, Attendance attendance) {
        Optional<CommunityEvent> event = events.findByIdForUpdate(eventId).filter(access::canManage);
        Optional<EventRsvp> found = event.flatMap(e -> rsvps.findOfEvent(e.id, rsvpId));
        found.ifPresent(r -> {
            CommunityEvent e = event.get();
            Instant now = Instant.now();
            CommunityEventService.requireEndedApproved(e, now, "marked for attendance");
            if (r.status != RsvpStatus.CONFIRMED) {
                throw ProblemException.stateConflict("Only a confirmed RSVP has an attendance.", r.status, List.of());
            }
            r.attendance = attendance;
            r.updatedAt = now;
            rsvps.flush();
            outbox.record(EventTypes.EVENT_ATTENDANCE_RECORDED, new AttendanceRecorded(e.id, e.region, e.chapterId,
                    e.campaignId, (int) rsvps.countAttendance(e.id, Attendance.ATTENDED),
                    (int) rsvps.countAttendance(e.id, Attendance.NO_SHOW), now));
        });
        return found;
    }

    /** An event's RSVPs; {@code staff} says whether the caller is its coordinator rather than only its host. */
    public record Attendees(List<RsvpView> rsvps, boolean staff) {
    }

    /** The RSVPs of an event, for its host and staff; each with its place in the waitlist where it waits. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attendees> listForEvent(UUID eventId) {
        return Optional.ofNullable(events.findById(eventId)).filter(access::canManage)
                .map(e -> new Attendees(rsvps.listForEvent(e.id).stream()
                        .map(r -> new RsvpView(r, null, position(r), null, false)).toList(), access.isStaff(e)));
    }

    /** The calling volunteer's own RSVPs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<RsvpView> mine(int page, int size) {
        UUID person = access.requirePerson();
        PanacheQuery<EventRsvp> query = rsvps.findAllByVolunteer(person);
        List<RsvpView> items = query.page(page, size).list().stream()
                .map(r -> view(r, events.findById(r.eventId), null, false)).toList();
        return new Slice<>(items, query.count());
    }

    private boolean mayCancel(EventRsvp r, CommunityEvent e, String cancelToken) {
        if (cancelToken != null) {
            return r.cancelTokenSha256 != null && ApiKeySecrets.matches(cancelToken, r.cancelTokenSha256);
        }
        return access.person().map(p -> p.equals(r.volunteerId)).orElse(false) || access.canManage(e);
    }

    /** Gives free places to the longest waiting; the caller holds the event's lock. */
    void promoteFromWaitlist(CommunityEvent e, Instant now) {
        while (rsvps.count(e.id, RsvpStatus.CONFIRMED) < e.capacity) {
            Optional<EventRsvp> next = rsvps.firstWaitlisted(e.id);
            if (next.isEmpty()) {
                return;
            }
            EventRsvp promoted = next.get();
            promoted.status = RsvpStatus.CONFIRMED;
            promoted.waitlistedAt = null;
            promoted.updatedAt = now;
            rsvps.flush();
            if (promoted.volunteerId == null && promoted.email != null) {
                // A guest who now holds a place learns where it is the way they proved who they are: by mail.
                mails.whereabouts(promoted.email, promoted.name, e);
            }
        }
    }

    /**
     * The event is shown with its street address and meeting link to a volunteer who holds a confirmed place (their
     * token proves who they are). A guest never sees them in an answer: whoever follows or forwards a guest's link
     * could read it; the guest receives them by mail at the address they confirmed.
     */
    private RsvpView view(EventRsvp r, CommunityEvent e, String token, boolean created) {
        boolean provenAttendee = r.status == RsvpStatus.CONFIRMED && r.volunteerId != null;
        return new RsvpView(r, eventService.view(e, provenAttendee), position(r), token, created);
    }

    private Long position(EventRsvp r) {
        return r.status == RsvpStatus.WAITLISTED ? rsvps.waitlistPosition(r) : null;
    }

    private static void requireGuestFields(RsvpForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw ProblemException.invalidField("name", "is required without a volunteer's token");
        }
        if (form.email() == null || form.email().isBlank()) {
            throw ProblemException.invalidField("email", "is required without a volunteer's token");
        }
    }

    private static String guestEmail(RsvpForm form) {
        return Emails.normalize(form.email());
    }

    /** A volunteer's first name and last initial, as the host sees them; null when we do not know them. */
    private static String displayName(Volunteer v) {
        if (v.firstName == null) {
            return null;
        }
        return v.lastName == null || v.lastName.isEmpty() ? v.firstName : v.firstName + " " + v.lastName.charAt(0) + ".";
    }

    private static String newCancelToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
