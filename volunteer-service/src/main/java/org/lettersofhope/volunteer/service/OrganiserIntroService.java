package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.rest.Problems;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.CommunityEventRepository;
import org.lettersofhope.volunteer.domain.IntroStatus;
import org.lettersofhope.volunteer.domain.VolunteerRepository;

/**
 * The organiser's video introduction at a community event. The host asks for it (when proposing, or later); staff of
 * the event's chapter schedule it with the coordinator who joins, a time during the event and a link, which is mailed
 * to the host and shown to the host and staff only; then it is done, or declined with a reason the host sees.
 */
@ApplicationScoped
public class OrganiserIntroService {

    @Inject
    CommunityEventRepository events;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    EventAccess access;

    @Inject
    CommunityEventService eventService;

    @Inject
    ConfirmationMails mails;

    /** Moves the introduction on; empty when the event is absent or not the caller's to manage. */
    @Transactional
    public Optional<EventView> move(UUID eventId, IntroMove move) {
        Optional<CommunityEvent> found = events.findByIdForUpdate(eventId).filter(access::canManage);
        found.ifPresent(e -> {
            if (move.to() != IntroStatus.REQUESTED && !access.isStaff(e)) {
                throw new ForbiddenException("only the event's coordinators schedule, complete or decline it");
            }
            requireFieldsOf(move);
            if (!e.introStatus.allowedNext().contains(move.to())) {
                throw ProblemException.stateConflict("The introduction is " + e.introStatus + "; it cannot become "
                        + move.to() + ".", e.introStatus, e.introStatus.allowedNext());
            }
            Instant now = Instant.now();
            if ((move.to() == IntroStatus.REQUESTED || move.to() == IntroStatus.SCHEDULED)
                    && (e.status == CommunityEventStatus.REJECTED || e.status == CommunityEventStatus.CANCELLED
                            || e.hasEnded(now))) {
                throw CommunityEventService.conflict("The event is " + (e.hasEnded(now) ? "over" : e.status)
                        + "; an introduction can no longer be arranged.", e);
            }
            switch (move.to()) {
                case SCHEDULED -> schedule(e, move);
                case DECLINED -> e.introDeclineReason = move.reason() == null ? null : move.reason().strip();
                default -> {
                }
            }
            e.introStatus = move.to();
            e.updatedAt = now;
            if (move.to() == IntroStatus.SCHEDULED && e.hostId != null) {
                volunteers.findLive(e.hostId).filter(v -> v.email != null)
                        .ifPresent(host -> mails.introScheduled(host.email, host.firstName, e));
            }
        });
        return found.map(eventService::view);
    }

    private void schedule(CommunityEvent e, IntroMove move) {
        if (move.at().isBefore(e.startsAt) || !move.at().isBefore(e.endsAt)) {
            throw ProblemException.invalidField("at", "must be during the event, from startsAt to before endsAt");
        }
        UUID coordinator = move.coordinatorId();
        if (coordinator == null) {
            // a person scheduling joins themselves; a key has no person to send
            coordinator = access.person().orElseThrow(() -> ProblemException.invalidField("coordinatorId",
                    "is required when an API key schedules: the coordinator who joins"));
        } else if (volunteers.findLive(coordinator).isEmpty()) {
            throw Refusals.unusable("coordinatorId", "must be a current volunteer");
        }
        e.introAt = move.at();
        e.introMeetingUrl = move.meetingUrl();
        e.introCoordinatorId = coordinator;
    }

    /** The fields a step takes, and no others: a time sent with DONE is a mistake worth naming. */
    private static void requireFieldsOf(IntroMove move) {
        boolean scheduling = move.to() == IntroStatus.SCHEDULED;
        List<Problem.Violation> wrong = new ArrayList<>();
        if (scheduling && move.at() == null) {
            wrong.add(new Problem.Violation("at", "is required to schedule"));
        }
        if (scheduling && move.meetingUrl() == null) {
            wrong.add(new Problem.Violation("meetingUrl", "is required to schedule"));
        }
        if (!scheduling) {
            if (move.at() != null) {
                wrong.add(new Problem.Violation("at", "only with SCHEDULED"));
            }
            if (move.meetingUrl() != null) {
                wrong.add(new Problem.Violation("meetingUrl", "only with SCHEDULED"));
            }
            if (move.coordinatorId() != null) {
                wrong.add(new Problem.Violation("coordinatorId", "only with SCHEDULED"));
            }
        }
        if (move.reason() != null && move.to() != IntroStatus.DECLINED) {
            wrong.add(new Problem.Violation("reason", "only with DECLINED"));
        }
        if (move.to() == IntroStatus.NOT_REQUESTED) {
            wrong.add(new Problem.Violation("to", "a request is withdrawn by editing the proposed event"));
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(Problems.validation("The request has invalid fields.", wrong));
        }
    }
}
