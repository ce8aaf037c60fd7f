package org.lettersofhope.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.MalformedEventException;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;
import org.lettersofhope.shared.event.chapter.ChapterDormant;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class EventRoutesTest {

    private final List<String> calls = new ArrayList<>();

    private EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.VOLUNTEER_ERASED, (VolunteerErased e) -> calls.add("erased " + e.volunteerId()))
                .on(EventTypes.API_KEY_REVOKED, (event, e) -> calls.add("revoked " + event.id()))
                .build();
    }

    @Test
    void topicsAndAcceptedTypesComeFromTheRoutes() {
        EventRoutes routes = routes();
        assertEquals(Set.of(Topics.VOLUNTEERS, Topics.API_KEYS), routes.topics());
        assertEquals(Set.of(EventTypes.VOLUNTEER_ERASED.name(), EventTypes.API_KEY_REVOKED.name()), routes.types());
        assertTrue(routes.accepts(EventTypes.VOLUNTEER_ERASED.name()));
        assertFalse(routes.accepts(EventTypes.VOLUNTEER_REGISTERED.name()), "same topic, but no route");
        assertFalse(routes.accepts(null));
    }

    @Test
    void eachEventGoesToItsOwnTypesRouteWithItsDecodedPayload() {
        UUID volunteer = UUID.randomUUID();
        EventEnvelope revoked = EventCodec.wrap(EventTypes.API_KEY_REVOKED,
                new ApiKeyRevoked(UUID.randomUUID(), Instant.now()));
        assertTrue(routes().dispatch(EventCodec.wrap(EventTypes.VOLUNTEER_ERASED,
                new VolunteerErased(volunteer, "US-CA", null, Instant.now()))));
        assertTrue(routes().dispatch(revoked));
        assertEquals(List.of("erased " + volunteer, "revoked " + revoked.id()), calls);
    }

    @Test
    void aTypeWithoutARouteIsNotDispatchedAndThrowsNothing() {
        EventEnvelope dormant = EventCodec.wrap(EventTypes.CHAPTER_DORMANT,
                new ChapterDormant(UUID.randomUUID(), "US-TX", Instant.now()));
        assertFalse(routes().dispatch(dormant));
        assertTrue(calls.isEmpty());
    }

    @Test
    void anUnreadablePayloadIsAMalformedEventNotAnotherFailure() {
        EventEnvelope good = EventCodec.wrap(EventTypes.VOLUNTEER_ERASED,
                new VolunteerErased(UUID.randomUUID(), "US-CA", null, Instant.now()));
        EventEnvelope bad = new EventEnvelope(good.specversion(), good.id(), good.source(), good.type(), good.time(),
                good.subject(), good.datacontenttype(), good.partitionkey(),
                JsonNodeFactory.instance.objectNode().put("volunteerId", "not a uuid"));
        assertThrows(MalformedEventException.class, () -> routes().dispatch(bad));
        assertTrue(calls.isEmpty());
    }

    @Test
    void aTypeRoutedTwiceOrNoRouteAtAllIsAMistakeFoundAtStart() {
        assertThrows(IllegalStateException.class, () -> EventRoutes.builder()
                .on(EventTypes.VOLUNTEER_ERASED, (VolunteerErased e) -> { })
                .on(EventTypes.VOLUNTEER_ERASED, (VolunteerErased e) -> { }));
        assertThrows(IllegalStateException.class, () -> EventRoutes.builder().build());
    }
}
