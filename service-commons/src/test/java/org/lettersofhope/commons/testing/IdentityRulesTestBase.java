package org.lettersofhope.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;
import org.lettersofhope.shared.problem.ProblemTypes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What every service refuses at authentication, whatever the endpoint: an unreadable {@code chapter_id}, headquarters
 * and a chapter at once, a wrong or missing audience, a lifetime above the maximum, a token without {@code exp} or
 * {@code iat}, and the token of an erased volunteer (401); the token of a volunteer who left writes nothing (403).
 * Each service's test class extends this with {@code @QuarkusTest} and names representative endpoints.
 */
public abstract class IdentityRulesTestBase {

    /** What the services accept at most (smallrye.jwt.time-to-live in the test profile: the default). */
    static final Duration MAX_LIFETIME = Duration.ofHours(12);

    /** A protected request and the roles of a caller it does not answer with 401 when the token is sound. */
    public record Probe(String method, String path, String body, String... roles) {

        @Override
        public String toString() {
            return method + " " + path + " as " + Arrays.toString(roles);
        }
    }

    /** Representative requests of this service: a read and a write at least, for several roles. */
    protected abstract List<Probe> probes();

    /**
     * A write a volunteer may make here, sent with a body the service refuses as invalid (400) or with a path it does
     * not find (404): never 403, unless the volunteer left.
     */
    protected abstract Probe volunteerWrite();

    static Response send(Probe probe, String bearer) {
        RequestSpecification spec = given().header("Authorization", bearer);
        if (probe.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(probe.body());
        }
        return spec.when().request(probe.method(), probe.path());
    }

    static void refused(Probe probe, String bearer, String why) {
        Response r = send(probe, bearer);
        assertEquals(401, r.statusCode(), why + ": " + probe + " answered " + r.asString());
        assertEquals("application/problem+json", r.contentType().split(";")[0], why + ": " + probe);
    }

    static List<String> withoutHeadquarters(String... roles) {
        List<String> kept = new ArrayList<>(List.of(roles));
        kept.remove("headquarters");
        return kept;
    }

    @Test
    void soundTokensGetThrough() {
        for (Probe probe : probes()) {
            Response r = send(probe, TestTokens.claims(UUID.randomUUID(), probe.roles()).bearer());
            assertNotEquals(401, r.statusCode(), probe + " answered " + r.asString());
            assertNotEquals(500, r.statusCode(), probe + " answered " + r.asString());
        }
    }

    @Test
    void anUnreadableChapterClaimIsRefused() {
        String chapter = UUID.randomUUID().toString();
        List<Object> unreadable = Arrays.asList(List.of(chapter), "{" + chapter + "}", "not-a-uuid", "", 42,
                Map.of("id", chapter), null, " " + chapter, chapter + "0", chapter.replace("-", ""), true);
        for (Probe probe : probes()) {
            String[] roles = withoutHeadquarters(probe.roles()).toArray(String[]::new);
            for (Object value : unreadable) {
                refused(probe, TestTokens.claims(UUID.randomUUID(), roles).with("chapter_id", value).bearer(),
                        "chapter_id " + value);
            }
        }
    }

    @Test
    void aReadableChapterClaimIsTheCallersChapter() {
        UUID chapter = UUID.randomUUID();
        given().header("Authorization", TestTokens.bearerFor(UUID.randomUUID(), chapter, "coordinator"))
                .when().get("/api/whoami")
                .then().statusCode(200)
                .body("chapterId", equalTo(chapter.toString()))
                .body("headquarters", equalTo(false));
    }

    @Test
    void headquartersIsAnExplicitRoleNeverAMissingChapter() {
        given().header("Authorization", TestTokens.bearer("coordinator", "headquarters"))
                .when().get("/api/whoami")
                .then().statusCode(200).body("headquarters", equalTo(true)).body("chapterId", nullValue());
        given().header("Authorization", TestTokens.bearer("coordinator"))
                .when().get("/api/whoami")
                .then().statusCode(200).body("headquarters", equalTo(false)).body("chapterId", nullValue());
        // The role qualifies a coordinator: on a volunteer's token it makes nobody headquarters.
        given().header("Authorization", TestTokens.bearer("volunteer", "headquarters"))
                .when().get("/api/whoami")
                .then().statusCode(200).body("headquarters", equalTo(false));
    }

    @Test
    void headquartersAndAChapterAtOnceAreRefusedAsContradictory() {
        for (Probe probe : probes()) {
            refused(probe, TestTokens.bearerFor(UUID.randomUUID(), UUID.randomUUID(), "coordinator", "headquarters"),
                    "headquarters with a chapter");
        }
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        for (Probe probe : probes()) {
            UUID subject = UUID.randomUUID();
            refused(probe, TestTokens.claims(subject, probe.roles()).with("aud", "urn:someone-else").bearer(),
                    "another audience");
            refused(probe, TestTokens.claims(subject, probe.roles()).with("aud", List.of("urn:a", "urn:b")).bearer(),
                    "other audiences");
            refused(probe, TestTokens.claims(subject, probe.roles()).without("aud").bearer(), "no audience");
        }
        // One of several audiences is enough.
        given().header("Authorization", TestTokens.claims(UUID.randomUUID(), "volunteer")
                .with("aud", List.of("urn:someone-else", "urn:lettersofhope:api")).bearer())
                .when().get("/api/whoami")
                .then().statusCode(200);
    }

    @Test
    void aTokenLivingLongerThanTheMaximumIsRefused() {
        for (Probe probe : probes()) {
            refused(probe, TestTokens.claims(UUID.randomUUID(), probe.roles())
                    .lifetime(MAX_LIFETIME.plusMinutes(1)).bearer(), "lifetime above the maximum");
            refused(probe, TestTokens.claims(UUID.randomUUID(), probe.roles())
                    .lifetime(Duration.ofDays(3650)).bearer(), "a ten-year token");
        }
        given().header("Authorization", TestTokens.claims(UUID.randomUUID(), "volunteer")
                .lifetime(MAX_LIFETIME.minusMinutes(1)).bearer())
                .when().get("/api/whoami")
                .then().statusCode(200);
    }

    @Test
    void aTokenWithoutExpiryOrIssueTimeIsRefused() {
        for (Probe probe : probes()) {
            refused(probe, TestTokens.claims(UUID.randomUUID(), probe.roles()).without("exp").bearer(), "no exp");
            refused(probe, TestTokens.claims(UUID.randomUUID(), probe.roles()).without("iat").bearer(), "no iat");
        }
    }

    @Test
    void theTokenOfAnErasedVolunteerIsRefusedOnceTheErasureArrives() {
        UUID volunteer = UUID.randomUUID();
        String bearer = TestTokens.bearerFor(volunteer, null, "volunteer", "coordinator", "headquarters");
        given().header("Authorization", bearer).when().get("/api/whoami").then().statusCode(200);

        publish(EventTypes.VOLUNTEER_ERASED, "/volunteer-service",
                new VolunteerErased(volunteer, "US-CA", null, Instant.now()));

        awaitStatus(() -> given().header("Authorization", bearer).when().get("/api/whoami").statusCode(), 401);
        for (Probe probe : probes()) {
            refused(probe, TestTokens.bearerFor(volunteer, null, probe.roles()), "erased");
        }
        refused(volunteerWrite(), TestTokens.bearerFor(volunteer, null, "volunteer"), "erased");
    }

    @Test
    void aVolunteerWhoLeftReadsButWritesNothingUntilTheyAreBack() {
        UUID volunteer = UUID.randomUUID();
        String bearer = TestTokens.bearerFor(volunteer, null, "volunteer");
        Probe write = volunteerWrite();
        assertNotEquals(403, send(write, bearer).statusCode(), "a volunteer in good standing may try this write");

        statusChanged(volunteer, VolunteerStatus.ACTIVE, VolunteerStatus.LEFT, "/volunteer-service");
        awaitLeft(write, bearer);
        send(write, bearer).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.VOLUNTEER_LEFT));
        given().header("Authorization", bearer).when().get("/api/whoami").then().statusCode(200);

        statusChanged(volunteer, VolunteerStatus.LEFT, VolunteerStatus.ACTIVE, "/volunteer-service");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> send(write, bearer).statusCode() != 403);
    }

    @Test
    void anErasureFromAnyoneButVolunteerServiceIsNotBelieved() {
        UUID volunteer = UUID.randomUUID();
        String bearer = TestTokens.bearerFor(volunteer, null, "volunteer");
        // Both keyed by the volunteer, so they arrive in this order: once the second shows, the first was handled.
        publish(EventTypes.VOLUNTEER_ERASED, "/letter-service",
                new VolunteerErased(volunteer, "US-CA", null, Instant.now()));
        statusChanged(volunteer, VolunteerStatus.ACTIVE, VolunteerStatus.LEFT, "/volunteer-service");

        awaitLeft(volunteerWrite(), bearer);
        given().header("Authorization", bearer).when().get("/api/whoami").then().statusCode(200);
    }

    @Test
    void anApiKeyIssuedByAnyoneButVolunteerServiceDoesNotWork() {
        ApiKeySecrets.NewKey forged = ApiKeySecrets.generate();
        ApiKeySecrets.NewKey misplaced = ApiKeySecrets.generate();
        ApiKeySecrets.NewKey owners = ApiKeySecrets.generate();
        // One record key for the forged and the owner's record: one partition, so they are read in this order.
        String recordKey = UUID.randomUUID().toString();
        produce(Topics.API_KEYS, recordKey, issued(forged, "/letter-service"));
        // The owner's source and a real type, but on a topic that type does not travel on.
        RecordMetadata wrongTopic = produce(Topics.VOLUNTEERS, recordKey, issued(misplaced, "/volunteer-service"));
        produce(Topics.API_KEYS, recordKey, issued(owners, "/volunteer-service"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("X-API-Key", owners.plaintext()).when().get("/api/whoami")
                        .statusCode() == 200);
        given().header("X-API-Key", forged.plaintext()).when().get("/api/whoami")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals("REJECTED", Awaitility.await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> outcome("volunteer-standing", wrongTopic), java.util.Objects::nonNull));
        given().header("X-API-Key", misplaced.plaintext()).when().get("/api/whoami")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static EventEnvelope issued(ApiKeySecrets.NewKey key, String source) {
        return EventCodec.wrap(EventTypes.API_KEY_ISSUED, source, new ApiKeyIssued(key.keyId(), ApiKeyScope.PARTNER,
                UUID.randomUUID(), key.secretSha256(), Instant.now()));
    }

    private static RecordMetadata produce(String topic, String key, EventEnvelope e) {
        return KafkaTestClient.produce(topic, key, EventCodec.encode(e));
    }

    /** What a consumer's idempotency log says of the record at this place, or null while it has not seen it. */
    protected static String outcome(String consumer, RecordMetadata at) throws Exception {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement("select outcome from consumed_event where consumer = ? "
                        + "and topic = ? and partition_no = ? and record_offset = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, at.topic());
            ps.setInt(3, at.partition());
            ps.setLong(4, at.offset());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void statusChanged(UUID volunteer, VolunteerStatus from, VolunteerStatus to, String source) {
        publish(EventTypes.VOLUNTEER_STATUS_CHANGED, source,
                new VolunteerStatusChanged(volunteer, from, to, "US-CA", null, Instant.now()));
    }

    /** Produces an event to its type's topic as {@code source} would, behind the services' backs. */
    protected static <T extends DomainEvent> EventEnvelope publish(EventType<T> type, String source, T payload) {
        EventEnvelope e = EventCodec.wrap(type, source, payload);
        KafkaTestClient.produce(type.topic(), e.partitionkey(), EventCodec.encode(e));
        return e;
    }

    /** Waits, bounded, until the volunteer's write is refused as that of someone who left. */
    static void awaitLeft(Probe write, String bearer) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Response r = send(write, bearer);
                    return r.statusCode() == 403 && ProblemTypes.VOLUNTEER_LEFT.equals(r.path("type"));
                });
    }

    static void awaitStatus(java.util.concurrent.Callable<Integer> status, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.call() == expected);
    }
}
