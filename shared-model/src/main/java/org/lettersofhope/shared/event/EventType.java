package org.lettersofhope.shared.event;

/**
 * Describes one kind of event: its CloudEvents {@code type}, the topic it travels on, the aggregate it belongs to and
 * the record that carries its payload.
 */
public record EventType<T extends DomainEvent>(String name, String topic, String aggregateType, Class<T> payloadClass) {

    public EventType {
        if (name == null || topic == null || aggregateType == null || payloadClass == null) {
            throw new IllegalArgumentException("every part of an event type is required");
        }
        if (Topics.ownerSource(topic).isEmpty()) {
            throw new IllegalArgumentException("topic " + topic + " has no owning service");
        }
    }

    /** The CloudEvents {@code source} of events of this type with the default base: the service that owns its topic. */
    public String source() {
        return Topics.ownerSource(topic).orElseThrow();
    }
}
