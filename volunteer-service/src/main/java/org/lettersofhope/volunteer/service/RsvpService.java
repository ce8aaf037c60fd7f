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
import org.lettersofhope.volunteer.domain.VolunteerRepository;

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

    /**
     * Registers the calling volunteer, or a guest by email, for an open event. Registering again answers the same
     * RSVP (without a new cancel token); registering again after cancelling takes a new place in line.
     */
    @Transactional
    public Optional<RsvpView> register(UUID eventId, RsvpForm form) {
        Optional<CommunityEvent> found = events.findByIdForUpdate(eventId).filter(access::canRead);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CommunityEvent e = found.get();
        Instant now = Instant.now();
        CommunityEventService.requireOpen(e, now);
        Optional<UUID> person = access.person();
        if (person.isEmpty()) {
            requireGuestFields(form);
        }
        EventRsvp r = person.isPresent() ? rsvps.findByVolunteer(e.id, person.get()).orElse(null)
                : rsvps.findByEmail(e.id, guestEmail(form)).orElse(null);
        if (r != null && r.status != RsvpStatus.CANCELLED) {
            return Optional.of(view(r, e, null, false));
        }
        boolean isNew = r == null;
        if (isNew) {
            r = new EventRsvp();
            r.id = UUID.randomUUID();
            r.eventId = e.id;
            r.createdAt = now;
            if (person.isPresent()) {
                r.volunteerId = person.get();
                r.name = form.name() == null ? displayName(person.get()) : form.name().strip();
            } else {
                r.email = guestEmail(form);
                r.name = form.name().strip();
            }
        }
        String token = null;
        if (r.volunteerId == null) {
            token = newCancelToken();
            r.cancelTokenSha256 = ApiKeySecrets.sha256(token);
        }
        r.attendance = null;
        if (rsvps.count(e.id, RsvpStatus.CONFIRMED) < e.capacity) {
            r.status = RsvpStatus.CONFIRMED;
            r.waitlistedAt = null;
        } else {
            r.status = RsvpStatus.WAITLISTED;
            r.waitlistedAt = now;
        }
        r.updatedAt = now;
        if (isNew) {
            rsvps.persist(r);
        }
        rsvps.flush();
        return Optional.of(view(r, e, token, true));
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

    private void promoteFromWaitlist(CommunityEvent e, Instant now) {
        while (rsvps.count(e.id, RsvpStatus.CONFIRMED) < e.capacity) {
            Optional<EventRsvp> next = rsvps.firstWaitlisted(e.id);
            if (next.isEmpty()) {
                return;
            }
            next.get().status = RsvpStatus.CONFIRMED;
            next.get().waitlistedAt = null;
            next.get().updatedAt = now;
            rsvps.flush();
        }
    }

    /**
     * The event is shown with its address to a confirmed volunteer (their token proves who they are) and to a
     * confirmed guest in the answer that gave them their cancel token; not to someone who merely knows a guest's
     * email and registers it again.
     */
    private RsvpView view(EventRsvp r, CommunityEvent e, String token, boolean created) {
        boolean provenAttendee = r.status == RsvpStatus.CONFIRMED && (r.volunteerId != null || token != null);
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
    private String displayName(UUID volunteerId) {
        return volunteers.findByIdOptional(volunteerId)
                .map(v -> v.firstName + " " + v.lastName.charAt(0) + ".").orElse(null);
    }

    private static String newCancelToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
