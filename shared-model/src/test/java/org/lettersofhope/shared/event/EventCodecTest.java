package org.lettersofhope.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventCodecTest {

    final VolunteerRegistered payload = new VolunteerRegistered(UUID.randomUUID(),
            Instant.parse("2026-11-22T10:15:30.123456789Z"), "US-CA", null, Set.of(VolunteerRole.EVENT_HOST), Set.of("es"));

    @Test
    void wrapsPayloadInACloudEventKeyedByItsAggregate() {
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload);

        assertEquals("1.0", e.specversion());
        assertEquals("org.lettersofhope.volunteer.registered.v1", e.type());
        assertEquals("/volunteer-service", e.source());
        assertEquals("volunteer/" + payload.volunteerId(), e.subject());
        assertEquals(payload.volunteerId().toString(), e.partitionkey());
        assertEquals("application/json", e.datacontenttype());
        UUID.fromString(e.id());
    }

    @Test
    void roundTripsThroughBytes() {
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload);
        EventEnvelope back = EventCodec.decode(EventCodec.encode(e));

        assertEquals(e, back);
        VolunteerRegistered read = EventCodec.payload(back, EventTypes.VOLUNTEER_REGISTERED);
        assertEquals(payload.volunteerId(), read.volunteerId());
        assertEquals(Set.of(VolunteerRole.EVENT_HOST), read.roles());
        assertEquals(payload.registeredAt(), read.registeredAt());
    }

    @Test
    void carriesTheTraceContextOfTheDistributedTracingExtension() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload)
                .withTrace(traceparent, "congo=t61rcWkgMzE");
        String json = EventCodec.encodeToString(e);

        assertTrue(json.contains("\"traceparent\":\"" + traceparent + "\""), json);
        assertTrue(json.contains("\"tracestate\":\"congo=t61rcWkgMzE\""), json);
        EventEnvelope back = EventCodec.decode(json);
        assertEquals(e, back);
        assertEquals(traceparent, back.traceparent());
    }

    @Test
    void anEventWithoutTraceContextWritesNoTraceAttributesAndReadsAsNone() {
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload);
        String json = EventCodec.encodeToString(e);

        assertTrue(!json.contains("traceparent") && !json.contains("tracestate"), json);
        EventEnvelope back = EventCodec.decode(json);
        assertEquals(null, back.traceparent());
        assertEquals(null, back.tracestate());
        // the convenience constructor is the same event without trace context
        assertEquals(back, new EventEnvelope(e.specversion(), e.id(), e.source(), e.type(), e.time(), e.subject(),
                e.datacontenttype(), e.partitionkey(), e.data()));
    }

    @Test
    void writesTimesAsIsoStrings() {
        String json = EventCodec.encodeToString(
                EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload));
        assertTrue(json.contains("\"registeredAt\":\"2026-11-22T10:15:30.123456789Z\""), json);
        assertTrue(json.matches(".*\"time\":\"\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z\".*"), json);
    }

    @Test
    void readersIgnoreFieldsAddedLater() {
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/v", payload);
        String json = EventCodec.encodeToString(e).replace("\"region\":", "\"addedLater\":42,\"region\":");
        assertEquals("US-CA", EventCodec.payload(EventCodec.decode(json), EventTypes.VOLUNTEER_REGISTERED).region());
    }

    @Test
    void anEnumValueAddedLaterReadsAsNullAndIsLeftOutOfSets() {
        EventEnvelope e = EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, "/volunteer-service", payload);
        ObjectNode data = ((ObjectNode) e.data().deepCopy());
        data.putArray("roles").add("EVENT_HOST").add("DRONE_PILOT");
        EventEnvelope later = new EventEnvelope(e.specversion(), e.id(), e.source(), e.type(), e.time(), e.subject(),
                e.datacontenttype(), e.partitionkey(), data);
        VolunteerRegistered read = EventCodec.payload(EventCodec.decode(EventCodec.encode(later)),
                EventTypes.VOLUNTEER_REGISTERED);
        assertEquals(Set.of(VolunteerRole.EVENT_HOST), read.roles());

        ObjectNode status = JsonNodeFactory.instance.objectNode().put("volunteerId", UUID.randomUUID().toString())
                .put("from", "APPLIED").put("to", "HIBERNATING");
        VolunteerStatusChanged changed = EventCodec.payload(new EventEnvelope("1.0", "x", "/volunteer-service",
                EventTypes.VOLUNTEER_STATUS_CHANGED.name(), null, null, null, null, status),
                EventTypes.VOLUNTEER_STATUS_CHANGED);
        assertEquals(VolunteerStatus.APPLIED, changed.from());
        assertNull(changed.to(), "an unknown status is null for the reader to ignore, not an unreadable event");
    }

    @Test
    void rejectsRecordsThatAreNotCloudEvents() {
        assertThrows(MalformedEventException.class, () -> EventCodec.decode(new byte[0]));
        assertThrows(MalformedEventException.class,
                () -> EventCodec.decode("not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(MalformedEventException.class,
                () -> EventCodec.decode("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}"));
        assertThrows(MalformedEventException.class,
                () -> EventCodec.decode("{\"specversion\":\"1.0\",\"source\":\"/s\",\"type\":\"t\"}"));
    }

    @Test
    void rejectsAPayloadOfTheWrongShape() {
        EventEnvelope e = EventCodec.decode("""
                {"specversion":"1.0","id":"1","source":"/s","type":"org.lettersofhope.volunteer.registered.v1",
                 "data":{"volunteerId":"not-a-uuid"}}""");
        assertThrows(MalformedEventException.class, () -> EventCodec.payload(e, EventTypes.VOLUNTEER_REGISTERED));
    }

    @Test
    void everyEventTypeIsRegisteredUnderItsNameOnAKnownTopic() {
        for (EventType<?> t : EventTypes.all()) {
            assertEquals(t, EventTypes.byName(t.name()).orElseThrow());
            assertTrue(Topics.all().contains(t.topic()), t.name() + " travels on an unlisted topic");
            assertTrue(t.topic().matches("[a-z]+\\.[a-z-]+\\.v\\d+"), "topic names are versioned: " + t.topic());
        }
        assertTrue(EventTypes.byName("org.example.unknown").isEmpty());
    }
}
