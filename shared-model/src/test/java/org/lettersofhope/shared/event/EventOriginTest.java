package org.lettersofhope.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyScope;

/** Who may write which topic: the owner named by the topic, and only event types registered for that topic. */
class EventOriginTest {

    final ApiKeyIssued issued = new ApiKeyIssued(UUID.randomUUID(), ApiKeyScope.PARTNER, UUID.randomUUID(),
            "0".repeat(64), Instant.now());

    @Test
    void everyTopicHasTheOwnerItsNameSays() {
        for (String topic : Topics.all()) {
            String prefix = topic.substring(0, topic.indexOf('.'));
            assertEquals(Optional.of(prefix + "-service"), Topics.owner(topic), topic);
            assertEquals(Optional.of("urn:lettersofhope:" + prefix + "-service"), Topics.ownerSource(topic), topic);
        }
        assertEquals(Optional.empty(), Topics.ownerSource("mallory.api-keys.v1"));
        assertEquals(Optional.empty(), Topics.ownerSource("volunteer"));
        assertEquals(Optional.empty(), Topics.ownerSource(null));
    }

    @Test
    void everyEventTypeIsWrittenByTheOwnerOfItsTopic() {
        for (EventType<?> type : EventTypes.all()) {
            assertEquals(Topics.ownerSource(type.topic()).orElseThrow(), type.source(), type.name());
        }
        assertEquals("urn:lettersofhope:volunteer-service", EventCodec.wrap(EventTypes.API_KEY_ISSUED, issued).source());
    }

    @Test
    void anEventFromTheOwnerOnItsOwnTopicIsBelieved() {
        EventEnvelope e = EventCodec.wrap(EventTypes.API_KEY_ISSUED, issued);
        assertEquals(Optional.empty(), EventTypes.foreignOrigin(Topics.API_KEYS, e));
    }

    @Test
    void theOwnerIsKnownByTheDeploymentsSourceBaseOrTheRelativeSourceOfOlderEvents() {
        String base = "https://events.example.org/";
        EventEnvelope configured = EventCodec.wrap(EventTypes.API_KEY_ISSUED, base + "volunteer-service", issued);
        assertEquals(Optional.empty(), EventTypes.foreignOrigin(Topics.API_KEYS, configured, base));
        assertTrue(EventTypes.foreignOrigin(Topics.API_KEYS, configured).isPresent(), "not with another base");
        EventEnvelope older = EventCodec.wrap(EventTypes.API_KEY_ISSUED, "/volunteer-service", issued);
        assertEquals(Optional.empty(), EventTypes.foreignOrigin(Topics.API_KEYS, older, base));
        assertEquals(Optional.empty(), EventTypes.foreignOrigin(Topics.API_KEYS, older));
    }

    @Test
    void anEventFromAnotherSourceIsNot() {
        for (String source : new String[] { "/letter-service", "/tally-service", "/volunteer-service/", "/test",
                "volunteer-service", "urn:lettersofhope:letter-service", "urn:lettersofhope:volunteer-service/",
                "urn:other:volunteer-service" }) {
            EventEnvelope e = EventCodec.wrap(EventTypes.API_KEY_ISSUED, source, issued);
            assertTrue(EventTypes.foreignOrigin(Topics.API_KEYS, e).isPresent(), source);
        }
    }

    @Test
    void aTypeOnAnotherTopicThanItsOwnIsNot() {
        EventEnvelope e = EventCodec.wrap(EventTypes.API_KEY_ISSUED, issued);
        assertTrue(EventTypes.foreignOrigin(Topics.VOLUNTEERS, e).orElseThrow().contains(Topics.API_KEYS));
        // The right owner for the topic, but a type registered for a topic the writer does not own.
        EventEnvelope asLetter = EventCodec.wrap(EventTypes.API_KEY_ISSUED, "/letter-service", issued);
        assertTrue(EventTypes.foreignOrigin(Topics.LETTERS, asLetter).isPresent());
    }

    @Test
    void anUnregisteredTypeOrAnUnownedTopicIsNot() {
        EventEnvelope e = EventCodec.wrap(EventTypes.API_KEY_ISSUED, issued);
        EventEnvelope unknown = new EventEnvelope(e.specversion(), e.id(), e.source(), "org.example.made-up.v1",
                e.time(), e.subject(), e.datacontenttype(), e.partitionkey(), e.data());
        assertTrue(EventTypes.foreignOrigin(Topics.API_KEYS, unknown).isPresent());
        assertTrue(EventTypes.foreignOrigin("mallory.api-keys.v1", e).isPresent());
    }
}
