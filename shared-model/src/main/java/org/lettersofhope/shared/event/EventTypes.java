package org.lettersofhope.shared.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;

/** The registry of every event type on the backbone. */
public final class EventTypes {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "org.lettersofhope.volunteer.registered.v1", Topics.VOLUNTEERS, "volunteer", VolunteerRegistered.class);

    public static final EventType<ApiKeyIssued> API_KEY_ISSUED = new EventType<>(
            "org.lettersofhope.access.api-key-issued.v1", Topics.API_KEYS, "api-key", ApiKeyIssued.class);

    public static final EventType<ApiKeyRevoked> API_KEY_REVOKED = new EventType<>(
            "org.lettersofhope.access.api-key-revoked.v1", Topics.API_KEYS, "api-key", ApiKeyRevoked.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(VOLUNTEER_REGISTERED,
            API_KEY_ISSUED, API_KEY_REVOKED).stream()
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
