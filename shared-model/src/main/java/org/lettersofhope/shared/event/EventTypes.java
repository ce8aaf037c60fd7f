package org.lettersofhope.shared.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;

/** The registry of every event type on the backbone. */
public final class EventTypes {

    public static final EventType<VolunteerRegistered> VOLUNTEER_REGISTERED = new EventType<>(
            "org.lettersofhope.volunteer.registered.v1", Topics.VOLUNTEERS, "volunteer", VolunteerRegistered.class);

    private static final Map<String, EventType<?>> BY_NAME = List.<EventType<?>>of(VOLUNTEER_REGISTERED).stream()
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
