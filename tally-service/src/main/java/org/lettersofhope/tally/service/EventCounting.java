package org.lettersofhope.tally.service;

import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.letter.AdvocacyPiecesLogged;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatusChanged;
import org.lettersofhope.shared.event.letter.ReplyReceived;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.domain.Contribution;
import org.lettersofhope.tally.domain.EventReport;
import org.lettersofhope.tally.domain.EventReportRepository;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.domain.Source;

/**
 * Turns the other services' events into contributions. Runs in the consumer's transaction, which also records the
 * event id, so a redelivered or replayed event never reaches it twice. Each contribution names the event that made
 * it. Which event feeds which metric is documented on {@link Metric} and in docs/tallies.md.
 */
@ApplicationScoped
public class EventCounting {

    @Inject
    ContributionLog contributions;

    @Inject
    EventReportRepository reports;

    @Transactional(Transactional.TxType.MANDATORY)
    public void volunteerRegistered(EventEnvelope event, VolunteerRegistered e) {
        String eventId = event.id();
        Instant when = at(e.registeredAt(), event);
        contributions.record(List.of(new Contribution(null, Metric.VOLUNTEERS_REGISTERED, 1, when, e.chapterId(),
                e.region(), null, null, Source.VOLUNTEER_SERVICE, eventId)));
    }

    /**
     * An event's report replaces its earlier one: the earlier report's contributions are withdrawn and the new ones
     * added. A revision not higher than the one counted (a late or repeated correction) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eventReportedBack(EventEnvelope event, EventReportedBack e) {
        String eventId = event.id();
        EventReport counted = reports.find(e.eventId()).orElse(null);
        if (counted != null && counted.revision >= e.revision()) {
            return;
        }
        List<Contribution> changes = new ArrayList<>();
        if (counted != null) {
            reportContributions(counted, eventId).forEach(c -> changes.add(c.negated(eventId)));
        } else {
            counted = new EventReport();
            counted.eventId = e.eventId();
        }
        counted.revision = e.revision();
        counted.campaignId = e.campaignId();
        counted.chapterId = e.chapterId();
        counted.region = Contribution.region(e.region());
        counted.eventDate = e.eventDate() != null ? e.eventDate()
                : LocalDate.ofInstant(at(e.reportedAt(), event), java.time.ZoneOffset.UTC);
        counted.letters = Math.max(0, e.lettersWritten());
        counted.postcards = Math.max(0, e.postcardsWritten());
        counted.attendees = Math.max(0, e.attendees());
        changes.addAll(reportContributions(counted, eventId));
        reports.persist(counted);
        contributions.record(changes);
    }

    private static List<Contribution> reportContributions(EventReport r, String eventId) {
        List<Contribution> out = new ArrayList<>();
        Instant bucket = Contribution.bucketOf(r.eventDate);
        out.add(new Contribution(r.campaignId, Metric.EVENTS_HELD, 1, bucket, r.chapterId, r.region, null, null,
                Source.EVENT_REPORT, eventId));
        addIfAny(out, new Contribution(r.campaignId, Metric.EVENT_ATTENDEES, r.attendees, bucket, r.chapterId,
                r.region, null, null, Source.EVENT_REPORT, eventId));
        addIfAny(out, new Contribution(r.campaignId, Metric.EVENT_LETTERS_WRITTEN, r.letters, bucket, r.chapterId,
                r.region, null, ActionType.LETTER, Source.EVENT_REPORT, eventId));
        addIfAny(out, new Contribution(r.campaignId, Metric.EVENT_POSTCARDS_WRITTEN, r.postcards, bucket,
                r.chapterId, r.region, null, ActionType.POSTCARD, Source.EVENT_REPORT, eventId));
        addIfAny(out, new Contribution(r.campaignId, Metric.ACTIONS, r.letters, bucket, r.chapterId, r.region, null,
                ActionType.LETTER, Source.EVENT_REPORT, eventId));
        addIfAny(out, new Contribution(r.campaignId, Metric.ACTIONS, r.postcards, bucket, r.chapterId, r.region,
                null, ActionType.POSTCARD, Source.EVENT_REPORT, eventId));
        return out;
    }

    private static void addIfAny(List<Contribution> out, Contribution c) {
        if (c.quantity() != 0) {
            out.add(c);
        }
    }

    /**
     * Every logged piece counts as logged. It counts towards its campaign's actions only when nothing else counts
     * it: letters written at events are counted from the event's report-back, self-mailed advocacy pieces from
     * AdvocacyPiecesLogged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void letterLogged(EventEnvelope event, LetterLogged e) {
        String eventId = event.id();
        ActionType action = e.pieceKind() == null ? ActionType.LETTER : ActionType.of(e.pieceKind());
        List<Contribution> out = new ArrayList<>();
        Instant when = at(e.loggedAt(), event);
        out.add(new Contribution(e.campaignId(), Metric.LETTERS_LOGGED, 1, when, e.chapterId(), e.region(), null,
                action, Source.LETTER_SERVICE, eventId));
        if (e.origin() == LetterOrigin.PEN_PAL || e.origin() == LetterOrigin.QUICK_NOTE) {
            out.add(new Contribution(e.campaignId(), Metric.ACTIONS, 1, when, e.chapterId(), e.region(), null, action,
                    Source.LETTER_SERVICE, eventId));
        }
        contributions.record(out);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void letterStatusChanged(EventEnvelope event, LetterStatusChanged e) {
        String eventId = event.id();
        if (e.to() == null) {
            return;
        }
        Metric metric = switch (e.to()) {
            case RECEIVED -> Metric.LETTERS_RECEIVED;
            case APPROVED -> Metric.LETTERS_APPROVED;
            case MAILED -> Metric.LETTERS_MAILED;
            case RETURNED -> Metric.LETTERS_RETURNED;
            default -> null;
        };
        if (metric != null) {
            Instant when = at(e.changedAt(), event);
            contributions.record(List.of(new Contribution(e.campaignId(), metric, 1, when, e.chapterId(), e.region(),
                    null, null, Source.LETTER_SERVICE, eventId)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void advocacyPiecesLogged(EventEnvelope event, AdvocacyPiecesLogged e) {
        String eventId = event.id();
        if (e.count() <= 0) {
            return;
        }
        ActionType action = e.pieceKind() == null ? ActionType.LETTER : ActionType.of(e.pieceKind());
        Instant bucket = at(e.sentOn(), e.loggedAt(), event);
        contributions.record(List.of(
                new Contribution(e.campaignId(), Metric.ADVOCACY_PIECES_LOGGED, e.count(), bucket, e.chapterId(),
                        e.region(), e.targetId(), action, Source.LETTER_SERVICE, eventId),
                new Contribution(e.campaignId(), Metric.ACTIONS, e.count(), bucket, e.chapterId(), e.region(),
                        e.targetId(), action, Source.LETTER_SERVICE, eventId)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replyReceived(EventEnvelope event, ReplyReceived e) {
        String eventId = event.id();
        Instant bucket = at(e.receivedOn(), e.loggedAt(), event);
        contributions.record(List.of(new Contribution(null, Metric.REPLIES_RECEIVED, 1, bucket, null, null, null,
                null, Source.LETTER_SERVICE, eventId)));
    }

    /** When a thing happened, as its event says; the envelope's time where the payload lacks it. */
    static Instant at(Instant when, EventEnvelope event) {
        return when != null ? when : event.time() != null ? event.time() : Instant.EPOCH;
    }

    /** A thing known by its date counts on that date; otherwise when it was logged. */
    static Instant at(LocalDate date, Instant logged, EventEnvelope event) {
        return date != null ? Contribution.bucketOf(date) : at(logged, event);
    }
}
