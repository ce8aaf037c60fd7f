package org.lettersofhope.shared.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;
import org.lettersofhope.shared.event.chapter.ChapterActivated;
import org.lettersofhope.shared.event.chapter.ChapterDormant;
import org.lettersofhope.shared.event.chapter.ChapterProposed;
import org.lettersofhope.shared.event.letter.AdvocacyPiecesLogged;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.shared.event.letter.GuidelinesPublished;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterStatusChanged;
import org.lettersofhope.shared.event.letter.MailBatchMailed;
import org.lettersofhope.shared.event.letter.PenPalEnded;
import org.lettersofhope.shared.event.letter.PenPalMatched;
import org.lettersofhope.shared.event.letter.RecipientCustodyChanged;
import org.lettersofhope.shared.event.letter.ReimbursementDecided;
import org.lettersofhope.shared.event.letter.ReimbursementRequested;
import org.lettersofhope.shared.event.letter.ReplyReceived;
import org.lettersofhope.shared.event.tally.LedgerEntryRecorded;
import org.lettersofhope.shared.event.task.VolunteerHoursLogged;
import org.lettersofhope.shared.event.task.VolunteerHoursWithdrawn;
import org.lettersofhope.shared.event.tally.TallyChanged;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerGuidelinesAccepted;
import org.lettersofhope.shared.event.volunteer.VolunteerProfileChanged;
import org.lettersofhope.shared.event.community.AttendanceRecorded;
import org.lettersofhope.shared.event.community.EventApproved;
import org.lettersofhope.shared.event.community.EventCancelled;
import org.lettersofhope.shared.event.community.EventRejected;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.community.EventScheduled;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

/** The registry of every event type on the backbone. */
public final class EventTypes {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "org.lettersofhope.volunteer.registered.v1", Topics.VOLUNTEERS, "volunteer", VolunteerRegistered.class);

    public static final EventType<VolunteerStatusChanged> VOLUNTEER_STATUS_CHANGED = new EventType<>(
            "org.lettersofhope.volunteer.status-changed.v1", Topics.VOLUNTEERS, "volunteer",
            VolunteerStatusChanged.class);

    public static final EventType<VolunteerProfileChanged> VOLUNTEER_PROFILE_CHANGED = new EventType<>(
            "org.lettersofhope.volunteer.profile-changed.v1", Topics.VOLUNTEERS, "volunteer",
            VolunteerProfileChanged.class);

    public static final EventType<VolunteerGuidelinesAccepted> VOLUNTEER_GUIDELINES_ACCEPTED = new EventType<>(
            "org.lettersofhope.volunteer.guidelines-accepted.v1", Topics.VOLUNTEERS, "volunteer",
            VolunteerGuidelinesAccepted.class);

    public static final EventType<VolunteerErased> VOLUNTEER_ERASED = new EventType<>(
            "org.lettersofhope.volunteer.erased.v1", Topics.VOLUNTEERS, "volunteer", VolunteerErased.class);

    public static final EventType<ChapterProposed> CHAPTER_PROPOSED = new EventType<>(
            "org.lettersofhope.chapter.proposed.v1", Topics.CHAPTERS, "chapter", ChapterProposed.class);

    public static final EventType<ChapterActivated> CHAPTER_ACTIVATED = new EventType<>(
            "org.lettersofhope.chapter.activated.v1", Topics.CHAPTERS, "chapter", ChapterActivated.class);

    public static final EventType<ChapterDormant> CHAPTER_DORMANT = new EventType<>(
            "org.lettersofhope.chapter.dormant.v1", Topics.CHAPTERS, "chapter", ChapterDormant.class);

    public static final EventType<ApiKeyIssued> API_KEY_ISSUED = new EventType<>(
            "org.lettersofhope.access.api-key-issued.v1", Topics.API_KEYS, "api-key", ApiKeyIssued.class);

    public static final EventType<ApiKeyRevoked> API_KEY_REVOKED = new EventType<>(
            "org.lettersofhope.access.api-key-revoked.v1", Topics.API_KEYS, "api-key", ApiKeyRevoked.class);

    private static final String COMMUNITY_EVENT = "community-event";

    public static final EventType<EventScheduled> EVENT_SCHEDULED = new EventType<>(
            "org.lettersofhope.volunteer.event-scheduled.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            EventScheduled.class);

    public static final EventType<EventApproved> EVENT_APPROVED = new EventType<>(
            "org.lettersofhope.volunteer.event-approved.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            EventApproved.class);

    public static final EventType<EventRejected> EVENT_REJECTED = new EventType<>(
            "org.lettersofhope.volunteer.event-rejected.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            EventRejected.class);

    public static final EventType<EventCancelled> EVENT_CANCELLED = new EventType<>(
            "org.lettersofhope.volunteer.event-cancelled.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            EventCancelled.class);

    public static final EventType<AttendanceRecorded> EVENT_ATTENDANCE_RECORDED = new EventType<>(
            "org.lettersofhope.volunteer.event-attendance-recorded.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            AttendanceRecorded.class);

    public static final EventType<EventReportedBack> EVENT_REPORTED_BACK = new EventType<>(
            "org.lettersofhope.volunteer.event-reported-back.v1", Topics.COMMUNITY_EVENTS, COMMUNITY_EVENT,
            EventReportedBack.class);

    public static final EventType<VolunteerHoursLogged> VOLUNTEER_HOURS_LOGGED = new EventType<>(
            "org.lettersofhope.volunteer.hours-logged.v1", Topics.TASKS, "task", VolunteerHoursLogged.class);

    public static final EventType<VolunteerHoursWithdrawn> VOLUNTEER_HOURS_WITHDRAWN = new EventType<>(
            "org.lettersofhope.volunteer.hours-withdrawn.v1", Topics.TASKS, "task", VolunteerHoursWithdrawn.class);

    public static final EventType<CampaignPublished> CAMPAIGN_PUBLISHED = new EventType<>(
            "org.lettersofhope.letter.campaign-published.v1", Topics.CAMPAIGNS, "campaign", CampaignPublished.class);

    public static final EventType<CampaignClosed> CAMPAIGN_CLOSED = new EventType<>(
            "org.lettersofhope.letter.campaign-closed.v1", Topics.CAMPAIGNS, "campaign", CampaignClosed.class);

    public static final EventType<GuidelinesPublished> GUIDELINES_PUBLISHED = new EventType<>(
            "org.lettersofhope.letter.guidelines-published.v1", Topics.GUIDELINES, "guidelines-version",
            GuidelinesPublished.class);

    public static final EventType<LetterLogged> LETTER_LOGGED = new EventType<>(
            "org.lettersofhope.letter.letter-logged.v1", Topics.LETTERS, "letter", LetterLogged.class);

    public static final EventType<LetterStatusChanged> LETTER_STATUS_CHANGED = new EventType<>(
            "org.lettersofhope.letter.letter-status-changed.v1", Topics.LETTERS, "letter", LetterStatusChanged.class);

    public static final EventType<MailBatchMailed> MAIL_BATCH_MAILED = new EventType<>(
            "org.lettersofhope.letter.mail-batch-mailed.v1", Topics.LETTERS, "mail-batch", MailBatchMailed.class);

    public static final EventType<AdvocacyPiecesLogged> ADVOCACY_PIECES_LOGGED = new EventType<>(
            "org.lettersofhope.letter.advocacy-pieces-logged.v1", Topics.LETTERS, "advocacy-log", AdvocacyPiecesLogged.class);

    public static final EventType<ReplyReceived> REPLY_RECEIVED = new EventType<>(
            "org.lettersofhope.letter.reply-received.v1", Topics.LETTERS, "reply", ReplyReceived.class);

    public static final EventType<RecipientCustodyChanged> RECIPIENT_CUSTODY_CHANGED = new EventType<>(
            "org.lettersofhope.letter.recipient-custody-changed.v1", Topics.RECIPIENTS, "recipient", RecipientCustodyChanged.class);

    public static final EventType<PenPalMatched> PEN_PAL_MATCHED = new EventType<>(
            "org.lettersofhope.letter.pen-pal-matched.v1", Topics.RECIPIENTS, "pen-pal-match", PenPalMatched.class);

    public static final EventType<PenPalEnded> PEN_PAL_ENDED = new EventType<>(
            "org.lettersofhope.letter.pen-pal-ended.v1", Topics.RECIPIENTS, "pen-pal-match", PenPalEnded.class);

    public static final EventType<ReimbursementRequested> REIMBURSEMENT_REQUESTED = new EventType<>(
            "org.lettersofhope.letter.reimbursement-requested.v1", Topics.REIMBURSEMENTS, "reimbursement", ReimbursementRequested.class);

    public static final EventType<ReimbursementDecided> REIMBURSEMENT_DECIDED = new EventType<>(
            "org.lettersofhope.letter.reimbursement-decided.v1", Topics.REIMBURSEMENTS, "reimbursement", ReimbursementDecided.class);

    public static final EventType<TallyChanged> TALLY_CHANGED = new EventType<>(
            "org.lettersofhope.tally.tally-changed.v1", Topics.TALLIES, "tally", TallyChanged.class);

    public static final EventType<LedgerEntryRecorded> LEDGER_ENTRY_RECORDED = new EventType<>(
            "org.lettersofhope.tally.ledger-entry-recorded.v1", Topics.LEDGER, "campaign", LedgerEntryRecorded.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(VOLUNTEER_REGISTERED,
            VOLUNTEER_STATUS_CHANGED, VOLUNTEER_PROFILE_CHANGED, VOLUNTEER_GUIDELINES_ACCEPTED, VOLUNTEER_ERASED,
            CHAPTER_PROPOSED, CHAPTER_ACTIVATED, CHAPTER_DORMANT, API_KEY_ISSUED, API_KEY_REVOKED, EVENT_SCHEDULED,
            EVENT_APPROVED, EVENT_REJECTED, EVENT_CANCELLED, EVENT_ATTENDANCE_RECORDED, EVENT_REPORTED_BACK,
            VOLUNTEER_HOURS_LOGGED, VOLUNTEER_HOURS_WITHDRAWN, CAMPAIGN_PUBLISHED, CAMPAIGN_CLOSED, GUIDELINES_PUBLISHED, LETTER_LOGGED, LETTER_STATUS_CHANGED, MAIL_BATCH_MAILED,
            ADVOCACY_PIECES_LOGGED, REPLY_RECEIVED, RECIPIENT_CUSTODY_CHANGED, PEN_PAL_MATCHED, PEN_PAL_ENDED,
            REIMBURSEMENT_REQUESTED, REIMBURSEMENT_DECIDED, TALLY_CHANGED, LEDGER_ENTRY_RECORDED).stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    public static List<EventType<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    /**
     * Why a record read from {@code topic} does not come from the topic's owner, or empty when it does: its type must
     * be registered for exactly that topic and its source must be the owning service's. Anyone who can write to the
     * broker can write any envelope; this is what a consumer checks before believing one.
     */
    public static Optional<String> foreignOrigin(String topic, EventEnvelope envelope) {
        return foreignOrigin(topic, envelope, Topics.DEFAULT_SOURCE_BASE);
    }

    /** As {@link #foreignOrigin(String, EventEnvelope)}, for a deployment whose sources have the given base. */
    public static Optional<String> foreignOrigin(String topic, EventEnvelope envelope, String sourceBase) {
        Optional<String> owner = Topics.ownerSource(topic, sourceBase);
        if (owner.isEmpty()) {
            return Optional.of("topic " + topic + " has no owning service");
        }
        if (!Topics.isOwnerSource(topic, envelope.source(), sourceBase)) {
            return Optional.of("source is not " + owner.get() + ", the owner of " + topic);
        }
        Optional<EventType<?>> type = byName(envelope.type());
        if (type.isEmpty()) {
            return Optional.of("type is no registered event type");
        }
        if (!type.get().topic().equals(topic)) {
            return Optional.of("type " + envelope.type() + " belongs on " + type.get().topic() + ", not " + topic);
        }
        return Optional.empty();
    }
}
