package org.lettersofhope.shared.event.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

class CommunityEventPayloadsTest {

    static List<EventType<?>> communityTypes() {
        return EventTypes.all().stream().filter(t -> t.topic().equals(Topics.COMMUNITY_EVENTS)).toList();
    }

    @Test
    void everyCommunityEventTypeIsKeyedByTheEventOnItsOwnTopic() {
        assertEquals(6, communityTypes().size());
        for (EventType<?> t : communityTypes()) {
            assertEquals("community-event", t.aggregateType());
            assertTrue(t.name().matches("org\\.lettersofhope\\.volunteer\\.event-[a-z-]+\\.v1"), t.name());
        }
        assertTrue(Topics.all().contains("volunteer.events.v1"));
    }

    /** Free text (titles, names, addresses, links) cannot travel if no payload has a text field but the region. */
    @Test
    void payloadsCarryOnlyIdsEnumsCountsDatesAndRegion() {
        Set<Class<?>> allowed = Set.of(UUID.class, Instant.class, LocalDate.class, int.class);
        List<String> offending = new ArrayList<>();
        for (EventType<?> t : communityTypes()) {
            for (RecordComponent c : t.payloadClass().getRecordComponents()) {
                boolean ok = allowed.contains(c.getType()) || c.getType().isEnum()
                        || (c.getType() == String.class && c.getName().equals("region"));
                if (!ok) {
                    offending.add(t.payloadClass().getSimpleName() + "." + c.getName());
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void reportBackRoundTripsThroughTheCodec() {
        EventReportedBack report = new EventReportedBack(UUID.randomUUID(), CommunityEventKind.POSTCARD_PARTY,
                LocalDate.parse("2026-12-05"), "US-CA", null, UUID.randomUUID(), 40, 120, 12, 2,
                Instant.parse("2026-12-06T10:00:00Z"));
        EventEnvelope e = EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service", report);

        assertEquals("community-event/" + report.eventId(), e.subject());
        assertEquals(report.eventId().toString(), e.partitionkey());
        assertEquals(report, EventCodec.payload(EventCodec.decode(EventCodec.encode(e)),
                EventTypes.EVENT_REPORTED_BACK));
    }
}
