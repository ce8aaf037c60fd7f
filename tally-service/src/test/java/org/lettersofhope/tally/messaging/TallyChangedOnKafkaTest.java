package org.lettersofhope.tally.messaging;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.commons.testing.InfraTestResource;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.tally.TallyChanged;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** TallyChanged on the compacted topic: keyed by campaign and metric, carrying the new total and nothing personal. */
@QuarkusTest
class TallyChangedOnKafkaTest {

    @Test
    void aChangedTotalIsPublishedKeyedByItsTallyWithTheNewTotal() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        UUID reporter = UUID.randomUUID();
        // A volunteer reports: the ledger knows them, the event must not.
        given().header("Authorization", TestTokens.bearerFor(reporter, null, "volunteer"))
                .contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":4,\"chapterId\":\"" + chapter + "\",\"region\":\"US-AZ\"}")
                .post(c.path() + "/report-backs").then().statusCode(201);
        TallyFixtures.awaitTotal(c, "ACTIONS", 4);
        report(c, TallyFixtures.reportBack("CALL", 3));
        TallyFixtures.awaitTotal(c, "ACTIONS", 7);

        String key = TallyChanged.tallyId(c.id(), "ACTIONS").toString();
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.TALLIES,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key()) && total(r) == 7), Duration.ofSeconds(20));
        List<ConsumerRecord<String, byte[]>> ours = records.stream().filter(r -> key.equals(r.key())).toList();
        assertFalse(ours.isEmpty());
        ConsumerRecord<String, byte[]> last = ours.get(ours.size() - 1);
        EventEnvelope e = EventCodec.decode(last.value());
        assertEquals(EventTypes.TALLY_CHANGED.name(), e.type());
        TallyChanged changed = EventCodec.payload(e, EventTypes.TALLY_CHANGED);
        assertEquals(c.id(), changed.campaignId());
        assertEquals("ACTIONS", changed.metric());
        assertEquals(7, changed.total());
        for (ConsumerRecord<String, byte[]> r : ours) {
            String raw = new String(r.value(), StandardCharsets.UTF_8);
            assertFalse(raw.contains(reporter.toString()) || raw.contains(chapter.toString())
                    || raw.contains("US-AZ"), "no person, chapter or region in " + raw);
        }
    }

    @Test
    void theTopicIsCompacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                InfraTestResource.infra().kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.TALLIES);
            String policy = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic)
                    .get("cleanup.policy").value();
            assertEquals("compact", policy);
        }
    }

    static long total(ConsumerRecord<String, byte[]> r) {
        return Optional.of(EventCodec.decode(r.value()))
                .filter(e -> EventTypes.TALLY_CHANGED.name().equals(e.type()))
                .map(e -> EventCodec.payload(e, EventTypes.TALLY_CHANGED).total()).orElse(-1L);
    }
}
