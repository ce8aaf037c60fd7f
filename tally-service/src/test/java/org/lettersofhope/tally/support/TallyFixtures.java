package org.lettersofhope.tally.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.commons.testing.InfraTestResource;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.shared.event.chapter.ChapterActivated;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.shared.event.letter.CampaignPublished;
import org.lettersofhope.tally.domain.ChapterRepository;
import org.lettersofhope.shared.event.chapter.ChapterStatus;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What the tests need from the other services: their events, produced to the real broker exactly as their outboxes
 * would (CloudEvents keyed by aggregate id), and fresh campaigns, chapters and keys for each test.
 */
public final class TallyFixtures {

    public static final String HQ = TestTokens.bearer("coordinator", "headquarters");
    public static final String ADMIN = TestTokens.bearer("admin");

    private static KafkaProducer<String, byte[]> producer;

    private TallyFixtures() {
    }

    /** A published campaign with two targets, goal 2000, running from 10 days ago to 20 days ahead. */
    public record TestCampaign(UUID id, List<UUID> targets, LocalDate startsOn, LocalDate endsOn) {
        public String path() {
            return "/api/campaigns/" + id;
        }
    }

    public static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    InfraTestResource.infra().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Produces an event as its service's outbox relay would. */
    public static <T extends DomainEvent> EventEnvelope publish(EventType<T> type, T payload) {
        EventEnvelope e = EventCodec.wrap(type, payload);
        publish(type.topic(), e);
        return e;
    }

    public static void publish(String topic, EventEnvelope e) {
        try {
            producer().send(new ProducerRecord<>(topic, e.partitionkey(), EventCodec.encode(e)))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("could not produce to " + topic, ex);
        }
    }

    public static TestCampaign campaign() {
        return campaign(2000, LocalDate.now().minusDays(10), LocalDate.now().plusDays(20));
    }

    public static TestCampaign campaign(int goal, LocalDate startsOn, LocalDate endsOn) {
        UUID id = UUID.randomUUID();
        List<UUID> targets = List.of(UUID.randomUUID(), UUID.randomUUID());
        publish(EventTypes.CAMPAIGN_PUBLISHED, new CampaignPublished(id, "test-" + id.toString().substring(0, 8),
                CampaignKind.ADVOCACY, goal, startsOn, endsOn, targets, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/campaigns/" + id + "/tallies").statusCode() == 200);
        return new TestCampaign(id, targets, startsOn, endsOn);
    }

    /** A chapter volunteer-service announced active, known here once this returns. */
    public static UUID activeChapter() {
        UUID id = UUID.randomUUID();
        publish(EventTypes.CHAPTER_ACTIVATED, new ChapterActivated(id, "US-CA", Instant.now()));
        ChapterRepository chapters = Arc.container().instance(ChapterRepository.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> chapters.find(id)
                        .map(c -> c.status == ChapterStatus.ACTIVE).orElse(false)));
        return id;
    }

    /** An API key of the given scope, issued as volunteer-service would, usable here once this returns. */
    public static String apiKey(ApiKeyScope scope, UUID chapterId) {
        ApiKeySecrets.NewKey key = ApiKeySecrets.generate();
        publish(EventTypes.API_KEY_ISSUED, new ApiKeyIssued(key.keyId(), scope, chapterId, key.secretSha256(),
                Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("X-API-Key", key.plaintext()).get("/api/whoami").statusCode() == 200);
        return key.plaintext();
    }

    /** A region code no other test uses. */
    public static String freshRegion() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder("ZZ-");
        for (int i = 0; i < 3; i++) {
            code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return code.toString();
    }

    public static String reportBack(String actionType, int quantity) {
        return "{\"actionType\":\"" + actionType + "\",\"quantity\":" + quantity + "}";
    }

    /** Posts a public report-back and answers the ledger entry id. */
    public static String report(TestCampaign c, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(c.path() + "/report-backs")
                .then().statusCode(201).extract().path("id");
    }

    /** The campaign's totals as a coordinator reads them. */
    public static JsonPath totals(TestCampaign c) {
        return given().header("Authorization", HQ).get(c.path() + "/tallies").then().statusCode(200).extract()
                .jsonPath();
    }

    public static long total(TestCampaign c, String metric) {
        return totals(c).getLong("totals." + metric);
    }

    /** Waits until the metric's total is the expected one (counting is asynchronous, but within a second). */
    public static void awaitTotal(TestCampaign c, String metric, long expected) {
        awaitTotalWithin(c, metric, expected, Duration.ofSeconds(20));
    }

    public static void awaitTotalWithin(TestCampaign c, String metric, long expected, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> total(c, metric), org.hamcrest.Matchers.equalTo(expected)); // a timeout says how far it got
    }
}
