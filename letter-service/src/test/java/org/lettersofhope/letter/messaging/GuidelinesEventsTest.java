package org.lettersofhope.letter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.LetterFixtures.as;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.letter.GuidelinesPublished;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Each published guidelines version is announced on letter.guidelines.v1 (label and time, never the text), so that
 * volunteer-service can refuse acceptance of a version that does not exist; versions published before the topic
 * existed are announced by a migration.
 */
@QuarkusTest
class GuidelinesEventsTest {

    static final String BACKFILL = "db/migration/V2026.12.01.40__announce_existing_guidelines.sql";

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aPublishedVersionIsAnnouncedKeyedByItsIdWithoutItsText() {
        String version = "2026." + UUID.randomUUID().toString().substring(0, 8);
        String body = "Write about everyday life " + UUID.randomUUID();
        as(TestTokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", "Letter Writing Guidelines", "body", body))
                .when().post("/api/guidelines").then().statusCode(201);
        UUID id = QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from guidelines_version where version = ?1").setParameter(1, version).getSingleResult());

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.GUIDELINES,
                seen -> seen.stream().anyMatch(r -> id.toString().equals(r.key())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.toString().equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no GuidelinesPublished for " + version));
        EventEnvelope e = EventCodec.decode(record.value());
        assertEquals(EventTypes.GUIDELINES_PUBLISHED.name(), e.type());
        assertEquals("urn:lettersofhope:letter-service", e.source());
        GuidelinesPublished published = EventCodec.payload(e, EventTypes.GUIDELINES_PUBLISHED);
        assertEquals(version, published.version());
        assertEquals(id, published.versionId());
        String raw = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(raw.contains(body), raw);
        assertFalse(raw.contains("Letter Writing Guidelines"), raw);
    }

    @Test
    void theMigrationAnnouncesVersionsPublishedBeforeAsTheCodecWritesThem() throws Exception {
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BACKFILL)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        UUID id = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        String version = "2020." + id.toString().substring(0, 8);
        Instant publishedAt = Instant.parse("2020-03-04T05:06:07.123456Z");
        // Run as the migration ran, on versions that existed before, and roll everything back: nothing is relayed
        // and "current" is left as it was.
        List<String> envelopes;
        transaction.begin();
        try {
            for (Object[] v : List.of(new Object[] { older, "2019." + id.toString().substring(0, 8),
                    publishedAt.minus(300, ChronoUnit.DAYS) }, new Object[] { id, version, publishedAt })) {
                em.createNativeQuery("insert into guidelines_version (id, version, title, body, published_at) "
                        + "values (?1, ?2, 'Old guidelines', 'Be kind.', ?3)")
                        .setParameter(1, v[0]).setParameter(2, v[1]).setParameter(3, v[2]).executeUpdate();
            }
            em.createNativeQuery(sql).executeUpdate();
            envelopes = new java.util.ArrayList<>();
            for (UUID v : List.of(older, id)) {
                envelopes.add((String) em.createNativeQuery("select envelope from outbox_event "
                        + "where aggregate_id = ?1 and topic = ?2 and event_type = ?3").setParameter(1, v.toString())
                        .setParameter(2, Topics.GUIDELINES).setParameter(3, EventTypes.GUIDELINES_PUBLISHED.name())
                        .getSingleResult());
            }
        } finally {
            transaction.rollback();
        }

        EventEnvelope e = EventCodec.decode(envelopes.get(1));
        assertEquals(EventTypes.GUIDELINES_PUBLISHED.name(), e.type());
        // Written before sources were absolute URIs; readers still know it as letter-service's.
        assertEquals("/letter-service", e.source());
        assertEquals(id.toString(), e.partitionkey());
        assertEquals("guidelines-version/" + id, e.subject());
        assertTrue(e.time().isAfter(Instant.now().minus(1, ChronoUnit.HOURS)), e.time().toString());
        assertEquals(new GuidelinesPublished(id, version, publishedAt),
                EventCodec.payload(e, EventTypes.GUIDELINES_PUBLISHED));
        EventEnvelope first = EventCodec.decode(envelopes.get(0));
        assertEquals(older, EventCodec.payload(first, EventTypes.GUIDELINES_PUBLISHED).versionId());
        assertFalse(first.id().equals(e.id()), "each announcement has an id of its own");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from guidelines_version where id = ?1").setParameter(1, id).getSingleResult())
                .intValue()));
    }
}
