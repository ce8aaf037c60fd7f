package org.lettersofhope.shared.event.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
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

class LetterEventPayloadsTest {

    /**
     * Strings a letter event may carry: none of them can hold a name, an address or an A-Number ({@code version} is a
     * guidelines label such as 2026.1, {@code [0-9A-Za-z][0-9A-Za-z.-]{0,31}}).
     */
    private static final Set<String> CODED_STRINGS = Set.of("region", "currency", "language", "slug", "version");

    static List<EventType<?>> letterTypes() {
        return EventTypes.all().stream().filter(t -> t.topic().startsWith("letter.")).toList();
    }

    @Test
    void everyLetterServiceEventIsRegistered() {
        assertEquals(13, letterTypes().size());
    }

    @Test
    void payloadsCarryOnlyIdsEnumsCountsDatesAndCodes() {
        Set<Class<?>> allowed = Set.of(UUID.class, Instant.class, LocalDate.class, int.class, long.class,
                boolean.class);
        List<String> offending = new ArrayList<>();
        for (EventType<?> t : letterTypes()) {
            for (RecordComponent c : t.payloadClass().getRecordComponents()) {
                boolean ok = allowed.contains(c.getType()) || c.getType().isEnum()
                        || (c.getType() == String.class && CODED_STRINGS.contains(c.getName()))
                        || (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p
                                && p.getActualTypeArguments()[0] == UUID.class);
                if (!ok) {
                    offending.add(t.payloadClass().getSimpleName() + "." + c.getName());
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void statusChangeRoundTripsThroughTheCodecKeyedByTheLetter() {
        LetterStatusChanged change = new LetterStatusChanged(UUID.randomUUID(), LetterStatus.MAILED,
                LetterStatus.RETURNED, LetterStatusReason.REFUSED_BY_FACILITY, null, UUID.randomUUID(), null, "US-TX",
                Instant.parse("2026-12-06T10:00:00Z"));
        EventEnvelope e = EventCodec.wrap(EventTypes.LETTER_STATUS_CHANGED, "/letter-service", change);

        assertEquals("letter/" + change.letterId(), e.subject());
        assertEquals(change.letterId().toString(), e.partitionkey());
        assertEquals(change, EventCodec.payload(EventCodec.decode(EventCodec.encode(e)),
                EventTypes.LETTER_STATUS_CHANGED));
    }

    @Test
    void guidelinesPublishedTravelsOnItsOwnTopicKeyedByTheVersion() {
        GuidelinesPublished published = new GuidelinesPublished(UUID.randomUUID(), "2026.2",
                Instant.parse("2026-12-01T09:00:00Z"));
        EventEnvelope e = EventCodec.wrap(EventTypes.GUIDELINES_PUBLISHED, "/letter-service", published);

        assertEquals("letter.guidelines.v1", EventTypes.GUIDELINES_PUBLISHED.topic());
        assertEquals(published.versionId().toString(), e.partitionkey());
        assertEquals(published, EventCodec.payload(EventCodec.decode(EventCodec.encode(e)),
                EventTypes.GUIDELINES_PUBLISHED));
    }
}
