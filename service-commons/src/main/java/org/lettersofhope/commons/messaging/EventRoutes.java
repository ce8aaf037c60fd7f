package org.lettersofhope.commons.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;

/**
 * What one {@link EventHandler} does with each event type it reads: the one place its types, its topics and its
 * dispatch come from. A type without a route is not accepted, so no event can reach a handler that has no branch for
 * it. Built once per handler with {@code EventRoutes.builder().on(EventTypes.LETTER_LOGGED, counting::letterLogged)}.
 */
public final class EventRoutes {

    /** Applies one event of a known type to its decoded payload; runs in the consumer's transaction. */
    @FunctionalInterface
    public interface Route<T> {
        void apply(EventEnvelope event, T payload);
    }

    private record Entry<T extends DomainEvent>(EventType<T> type, Route<T> route) {

        void dispatch(EventEnvelope event) {
            route.apply(event, EventCodec.payload(event, type));
        }
    }

    private final Map<String, Entry<?>> byType;
    private final Set<String> topics;

    private EventRoutes(Map<String, Entry<?>> byType) {
        this.byType = Map.copyOf(byType);
        Set<String> t = new TreeSet<>();
        byType.values().forEach(e -> t.add(e.type().topic()));
        this.topics = Set.copyOf(t);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The topics to subscribe to: those of the routed types. */
    public Set<String> topics() {
        return topics;
    }

    /** The CloudEvents types that have a route. */
    public Set<String> types() {
        return byType.keySet();
    }

    public boolean accepts(String eventType) {
        return eventType != null && byType.containsKey(eventType);
    }

    /**
     * Decodes the payload and applies the route of the event's type; false, and nothing done, when the type has no
     * route. An unreadable payload throws {@link org.lettersofhope.shared.event.MalformedEventException}.
     */
    public boolean dispatch(EventEnvelope event) {
        Entry<?> entry = event.type() == null ? null : byType.get(event.type());
        if (entry == null) {
            return false;
        }
        entry.dispatch(event);
        return true;
    }

    /** Collects the routes; each type at most once. */
    public static final class Builder {

        private final Map<String, Entry<?>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        /** Routes a type to a method that needs the envelope too (its id, time or subject) as well as the payload. */
        public <T extends DomainEvent> Builder on(EventType<T> type, Route<T> route) {
            if (byType.putIfAbsent(type.name(), new Entry<>(type, route)) != null) {
                throw new IllegalStateException(type.name() + " is routed twice");
            }
            return this;
        }

        /** Routes a type to a method that needs only the payload. */
        public <T extends DomainEvent> Builder on(EventType<T> type, Consumer<T> route) {
            return on(type, (event, payload) -> route.accept(payload));
        }

        public EventRoutes build() {
            if (byType.isEmpty()) {
                throw new IllegalStateException("a handler routes at least one type");
            }
            return new EventRoutes(byType);
        }
    }

    @Override
    public String toString() {
        return "EventRoutes" + new TreeSet<>(byType.keySet());
    }
}
