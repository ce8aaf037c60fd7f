package org.lettersofhope.shared.event;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns payload records into CloudEvents envelopes and envelopes into bytes, and back. Readers are tolerant, so that
 * a producer may add to a payload before its readers know of it (docs/event-backbone.md, "Evolving a payload"):
 * unknown fields are ignored, and an enum value this reader does not know reads as {@code null} (left out of a set or
 * list). Every reader of an enum field therefore treats {@code null} as "a value I do not know" and does with the
 * event what it can without it, rather than refusing it.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

    static {
        // An unknown value in a set or list of enums is dropped rather than kept as null.
        MAPPER.configOverride(java.util.Collection.class)
                .setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
        MAPPER.configOverride(java.util.Set.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
        MAPPER.configOverride(java.util.List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
    }

    private EventCodec() {
    }

    /** Wraps a payload in a new envelope with a fresh id, from the service that owns the type's topic. */
    public static <T extends DomainEvent> EventEnvelope wrap(EventType<T> type, T payload) {
        return wrap(type, type.source(), payload);
    }

    /** Wraps a payload in a new envelope with a fresh id. {@code source} is the absolute URI naming the producer. */
    public static <T extends DomainEvent> EventEnvelope wrap(EventType<T> type, String source, T payload) {
        return wrap(type, source, payload, UUID.randomUUID(), Instant.now());
    }

    public static <T extends DomainEvent> EventEnvelope wrap(EventType<T> type, String source, T payload, UUID id,
            Instant time) {
        if (!type.payloadClass().isInstance(payload)) {
            throw new IllegalArgumentException("payload is not a " + type.payloadClass().getSimpleName());
        }
        String aggregateId = payload.aggregateId().toString();
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, id.toString(), source, type.name(),
                time.truncatedTo(ChronoUnit.MICROS), type.aggregateType() + "/" + aggregateId, EventEnvelope.JSON,
                aggregateId, MAPPER.valueToTree(payload));
    }

    public static byte[] encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new IllegalStateException("event could not be written as JSON", e);
        }
    }

    public static String encodeToString(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new IllegalStateException("event could not be written as JSON", e);
        }
    }

    /** Reads an envelope, checking the attributes CloudEvents 1.0 requires. */
    public static EventEnvelope decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record");
        }
        EventEnvelope envelope;
        try {
            envelope = MAPPER.readValue(bytes, EventEnvelope.class);
        } catch (IOException e) {
            throw new MalformedEventException("record is not a JSON CloudEvent", e);
        }
        if (!EventEnvelope.SPEC_VERSION.equals(envelope.specversion())) {
            throw new MalformedEventException("unsupported specversion " + envelope.specversion());
        }
        if (isBlank(envelope.id()) || isBlank(envelope.source()) || isBlank(envelope.type())) {
            throw new MalformedEventException("id, source and type are required");
        }
        return envelope;
    }

    public static EventEnvelope decode(String json) {
        return decode(json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads the payload of an envelope of the given type. */
    public static <T extends DomainEvent> T payload(EventEnvelope envelope, EventType<T> type) {
        if (!type.name().equals(envelope.type())) {
            throw new IllegalArgumentException("envelope is a " + envelope.type() + ", not a " + type.name());
        }
        JsonNode data = envelope.data();
        if (data == null || data.isNull()) {
            throw new MalformedEventException("event " + envelope.id() + " has no data");
        }
        try {
            return MAPPER.treeToValue(data, type.payloadClass());
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + envelope.id() + " has an unreadable payload", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
