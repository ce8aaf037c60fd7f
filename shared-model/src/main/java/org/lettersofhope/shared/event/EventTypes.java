package org.lettersofhope.shared.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;
import org.lettersofhope.shared.event.community.AttendanceRecorded;
import org.lettersofhope.shared.event.community.EventApproved;
import org.lettersofhope.shared.event.community.EventCancelled;
import org.lettersofhope.shared.event.community.EventRejected;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.community.EventScheduled;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;

/** The registry of every event type on the backbone. */
public final class EventTypes {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "org.lettersofhope.volunteer.registered.v1", Topics.VOLUNTEERS, "volunteer", VolunteerRegistered.class);

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

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(VOLUNTEER_REGISTERED,
            API_KEY_ISSUED, API_KEY_REVOKED, EVENT_SCHEDULED, EVENT_APPROVED, EVENT_REJECTED, EVENT_CANCELLED,
            EVENT_ATTENDANCE_RECORDED, EVENT_REPORTED_BACK).stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    public static List<EventType<?>> all() {
        return List.copyOf(BY_NAME.values());
    }
}
