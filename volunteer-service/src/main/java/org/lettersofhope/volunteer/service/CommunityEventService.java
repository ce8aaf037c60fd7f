package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.shared.event.community.EventApproved;
import org.lettersofhope.shared.event.community.EventCancelled;
import org.lettersofhope.shared.event.community.EventRejected;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.community.EventScheduled;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.CommunityEventRepository;
import org.lettersofhope.volunteer.domain.IntroStatus;
import org.lettersofhope.volunteer.domain.EventRsvpRepository;
import org.lettersofhope.volunteer.domain.EventSearch;
import org.lettersofhope.volunteer.domain.RsvpStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Community events from proposal to report-back. A host proposes; a coordinator of the event's chapter (or
 * headquarters) approves or rejects; the host or a coordinator cancels; after the event the host reports back what it
 * achieved. Finders answer empty when the event does not exist or is outside the caller's reach.
 */
@ApplicationScoped
public class CommunityEventService {

    /** The most events a calendar feed holds: the soonest ones. */
    public static final int CALENDAR_LIMIT = 500;

    @Inject
    CommunityEventRepository events;

    @Inject
    EventRsvpRepository rsvps;

    @Inject
    EventAccess access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    ChapterService chapters;

    @Inject
    References references;

    /** Proposes an event hosted by the caller; it waits for a coordinator's review. */
    @Transactional
    public EventView propose(EventPlan plan) {
        UUID host = access.requirePerson();
        UUID chapter = access.chapterFor(plan.chapterId());
        if (chapter != null) {
            chapters.requireActive(chapter);
        }
        if (plan.campaignId() != null) {
            references.requireOpenCampaign(plan.campaignId());
        }
        Instant now = Instant.now();
        CommunityEvent e = new CommunityEvent();
        e.id = UUID.randomUUID();
        e.hostId = host;
        e.status = CommunityEventStatus.PROPOSED;
        e.createdAt = now;
        apply(e, plan, chapter, now);
        events.persist(e);
        outbox.record(EventTypes.EVENT_SCHEDULED, new EventScheduled(e.id, e.hostId, e.kind, e.format, e.startsAt,
                e.endsAt, e.region, e.chapterId, e.campaignId, e.capacity, now));
        return view(e);
    }

    /** Replaces a proposed event's details. Only while it is proposed; {@code expectedVersion} null skips the check. */
    @Transactional
    public Optional<EventView> update(UUID id, EventPlan plan, Long expectedVersion) {
        Optional<CommunityEvent> found = manageable(id);
        found.ifPresent(e -> {
            if (e.status != CommunityEventStatus.PROPOSED) {
                throw conflict("Only a proposed event can be edited.", e);
            }
            if (expectedVersion != null && expectedVersion != e.version) {
                throw ProblemException.preconditionFailed();
            }
            UUID chapter = access.chapterFor(plan.chapterId());
            if (chapter != null && !chapter.equals(e.chapterId)) {
                chapters.requireActive(chapter);
            }
            // A campaign named before it closed may stay; a newly named one must be open.
            if (plan.campaignId() != null && !plan.campaignId().equals(e.campaignId)) {
                references.requireOpenCampaign(plan.campaignId());
            }
            apply(e, plan, chapter, Instant.now());
            events.flush();
        });
        return found.map(this::view);
    }

    @Transactional
    public Optional<EventView> approve(UUID id) {
        Optional<CommunityEvent> found = reviewable(id, CommunityEventStatus.APPROVED);
        found.ifPresent(e -> {
            Instant now = Instant.now();
            if (!e.startsAt.isAfter(now)) {
                throw conflict("The event has already started; it can no longer be approved.", e);
            }
            e.status = CommunityEventStatus.APPROVED;
            e.approvedAt = now;
            e.updatedAt = now;
            outbox.record(EventTypes.EVENT_APPROVED, new EventApproved(e.id, e.kind, e.startsAt, e.endsAt, e.region,
                    e.chapterId, e.campaignId, now));
        });
        return found.map(this::view);
    }

    @Transactional
    public Optional<EventView> reject(UUID id, String reason) {
        Optional<CommunityEvent> found = reviewable(id, CommunityEventStatus.REJECTED);
        found.ifPresent(e -> {
            Instant now = Instant.now();
            e.status = CommunityEventStatus.REJECTED;
            e.rejectionReason = reason.strip();
            e.updatedAt = now;
            outbox.record(EventTypes.EVENT_REJECTED, new EventRejected(e.id, e.region, e.chapterId, now));
        });
        return found.map(this::view);
    }

    @Transactional
    public Optional<EventView> cancel(UUID id) {
        Optional<CommunityEvent> found = manageable(id);
        found.ifPresent(e -> {
            Instant now = Instant.now();
            requireTransition(e, CommunityEventStatus.CANCELLED);
            if (e.hasEnded(now)) {
                throw conflict("The event has already ended; it can no longer be cancelled.", e);
            }
            CommunityEventStatus previous = e.status;
            e.status = CommunityEventStatus.CANCELLED;
            e.updatedAt = now;
            outbox.record(EventTypes.EVENT_CANCELLED,
                    new EventCancelled(e.id, previous, e.startsAt, e.region, e.chapterId, now));
        });
        return found.map(this::view);
    }

    /** Records what the event achieved. A second report is a correction: it replaces the first, never adds to it. */
    @Transactional
    public Optional<EventView> reportBack(UUID id, int letters, int postcards, int attendees) {
        Optional<CommunityEvent> found = manageable(id);
        found.ifPresent(e -> {
            Instant now = Instant.now();
            requireEndedApproved(e, now, "reported back");
            e.lettersWritten = letters;
            e.postcardsWritten = postcards;
            e.attendeesReported = attendees;
            e.reportRevision++;
            e.reportedAt = now;
            e.updatedAt = now;
            outbox.record(EventTypes.EVENT_REPORTED_BACK, new EventReportedBack(e.id, e.kind, e.localStartDate,
                    e.region, e.chapterId, e.campaignId, letters, postcards, attendees, e.reportRevision, now));
        });
        return found.map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EventView> find(UUID id) {
        return Optional.ofNullable(events.findById(id)).filter(access::canRead).map(this::view);
    }

    /** Approved events that have not ended yet, for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<EventView> listPublic(EventSearch filter, int page, int size) {
        return slice(events.search(publicUpcoming(filter)), page, size);
    }

    /**
     * Events in any status that the caller looks after as staff: all of them for headquarters, those of their own
     * chapter for a chapter's coordinator or partner key.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<EventView> listManaged(EventSearch filter, int page, int size) {
        if (caller.isHeadquarters()) {
            return slice(events.search(filter), page, size);
        }
        Optional<UUID> own = caller.chapterId();
        if (own.isEmpty() || (filter.chapterId() != null && !filter.chapterId().equals(own.get()))) {
            return new Slice<>(List.of(), 0);
        }
        return slice(events.search(withChapter(filter, own.get())), page, size);
    }

    /** The events the calling person hosts, in any status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<EventView> listHosted(int page, int size) {
        UUID host = access.requirePerson();
        return slice(events.search(new EventSearch(null, null, null, null, null, null, null, host, null, null,
                null)),
                page, size);
    }

    /** Approved upcoming events for a calendar feed, optionally of one chapter; the soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommunityEvent> calendar(UUID chapterId) {
        EventSearch filter = new EventSearch(null, null, null, null, null, null, chapterId, null, null, null,
                null);
        return events.search(publicUpcoming(filter)).range(0, CALENDAR_LIMIT - 1).list();
    }

    /** How one caller sees the event. */
    public EventView view(CommunityEvent e) {
        return view(e, false);
    }

    /** @param attendee whether the viewer is known to hold a confirmed place (a guest has no token to tell us) */
    EventView view(CommunityEvent e, boolean attendee) {
        return new EventView(e, rsvps.count(e.id, RsvpStatus.CONFIRMED), rsvps.count(e.id, RsvpStatus.WAITLISTED),
                attendee || access.seesLocation(e), access.canManage(e));
    }

    /** The approved, not yet ended event that is open for registration, or a conflict saying why not. */
    static void requireOpen(CommunityEvent e, Instant now) {
        if (e.status != CommunityEventStatus.APPROVED) {
            throw conflict("The event is not open for registration.", e);
        }
        if (e.hasEnded(now)) {
            throw conflict("The event has ended.", e);
        }
    }

    /** Attendance and report-back come after an approved event has ended. */
    static void requireEndedApproved(CommunityEvent e, Instant now, String what) {
        if (e.status != CommunityEventStatus.APPROVED) {
            throw conflict("Only an approved event can be " + what + ".", e);
        }
        if (!e.hasEnded(now)) {
            throw conflict("The event has not ended yet; it can be " + what + " once it has.", e);
        }
    }

    static ProblemException conflict(String detail, CommunityEvent e) {
        return ProblemException.stateConflict(detail, e.status, e.allowedNext());
    }

    private static void requireTransition(CommunityEvent e, CommunityEventStatus target) {
        if (!e.allowedNext().contains(target)) {
            throw conflict("A " + e.status + " event cannot become " + target + ".", e);
        }
    }

    /** Locks an event the caller may manage (host or staff); empty when it is absent or out of their reach. */
    private Optional<CommunityEvent> manageable(UUID id) {
        return events.findByIdForUpdate(id).filter(access::canManage);
    }

    /** Locks an event the caller may review as staff, checking it may move to the review's outcome. */
    private Optional<CommunityEvent> reviewable(UUID id, CommunityEventStatus outcome) {
        Optional<CommunityEvent> found = events.findByIdForUpdate(id).filter(access::isStaff);
        found.ifPresent(e -> requireTransition(e, outcome));
        return found;
    }

    private static void apply(CommunityEvent e, EventPlan plan, UUID chapter, Instant now) {
        e.kind = plan.kind();
        e.title = plan.title().strip();
        e.description = blankToNull(plan.description());
        e.format = plan.format();
        e.startsAt = plan.startsAt();
        e.endsAt = plan.endsAt();
        e.timeZone = plan.timeZone();
        e.localStartDate = plan.startsAt().atZone(ZoneId.of(plan.timeZone())).toLocalDate();
        e.venueName = blankToNull(plan.venueName());
        e.streetAddress = blankToNull(plan.streetAddress());
        e.city = blankToNull(plan.city());
        e.region = Regions.normalize(plan.region().strip());
        e.meetingUrl = blankToNull(plan.meetingUrl());
        e.capacity = plan.capacity();
        e.campaignId = plan.campaignId();
        // Asked for or withdrawn with the proposal; once a coordinator has acted on it, the workflow decides.
        if (plan.organiserIntroRequested() && e.introStatus == IntroStatus.NOT_REQUESTED) {
            e.introStatus = IntroStatus.REQUESTED;
        } else if (!plan.organiserIntroRequested() && e.introStatus == IntroStatus.REQUESTED) {
            e.introStatus = IntroStatus.NOT_REQUESTED;
        }
        e.chapterId = chapter;
        e.updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static EventSearch publicUpcoming(EventSearch f) {
        return new EventSearch(EnumSet.of(CommunityEventStatus.APPROVED), f.region(), f.kind(), f.from(), f.to(),
                f.campaignId(), f.chapterId(), null, Instant.now(), null, null);
    }

    private static EventSearch withChapter(EventSearch f, UUID chapter) {
        return new EventSearch(f.statuses(), f.region(), f.kind(), f.from(), f.to(), f.campaignId(), chapter,
                f.hostId(), f.endsAfter(), f.updatedSince(), f.introStatus());
    }

    private Slice<EventView> slice(PanacheQuery<CommunityEvent> query, int page, int size) {
        List<CommunityEvent> items = query.page(page, size).list();
        Set<UUID> ids = items.stream().map(e -> e.id).collect(Collectors.toSet());
        Map<UUID, Long> confirmed = rsvps.countByEvent(ids, RsvpStatus.CONFIRMED);
        Map<UUID, Long> waitlisted = rsvps.countByEvent(ids, RsvpStatus.WAITLISTED);
        return new Slice<>(items.stream().map(e -> new EventView(e, confirmed.getOrDefault(e.id, 0L),
                waitlisted.getOrDefault(e.id, 0L), access.seesLocation(e), access.canManage(e))).toList(),
                query.count());
    }
}
