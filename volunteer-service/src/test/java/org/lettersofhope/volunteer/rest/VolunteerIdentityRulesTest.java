package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.volunteer.support.Fixtures.ADMIN;
import static org.lettersofhope.volunteer.support.Fixtures.HQ;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.commons.testing.IdentityRulesTestBase;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.shared.problem.ProblemTypes;
import org.lettersofhope.volunteer.events.EventFixtures;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The token rules on volunteer-service's endpoints (see the base class), and what leaving and erasure do to a
 * volunteer's own token here, where both happen.
 */
@QuarkusTest
class VolunteerIdentityRulesTest extends IdentityRulesTestBase {

    @Override
    protected List<Probe> probes() {
        return List.of(
                new Probe("GET", "/api/volunteers", null, "coordinator", "headquarters"),
                new Probe("GET", "/api/me", null, "volunteer"),
                new Probe("POST", "/api/chapters", "{}", "volunteer"),
                // public, and still refused with a bad token: a token is never silently ignored
                new Probe("POST", "/api/volunteers", "{}", "volunteer"));
    }

    @Override
    protected Probe volunteerWrite() {
        return new Probe("POST", "/api/chapters", "{}", "volunteer");
    }

    static void status(UUID volunteer, String to) {
        given().header("Authorization", HQ).contentType(ContentType.JSON).body("{\"status\":\"" + to + "\"}")
                .when().post("/api/volunteers/" + volunteer + "/status")
                .then().statusCode(200);
    }

    @Test
    void aVolunteerWhoLeftReadsTheirRecordChangesNothingAndMayStillEraseThemselves() {
        UUID me = Fixtures.register();
        String token = Fixtures.tokenOf(me);
        String event = EventFixtures.approvedEvent(EventFixtures.plan());
        status(me, "ACTIVE");
        status(me, "LEFT");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", token).contentType(ContentType.JSON).body("{}")
                        .when().post("/api/events/" + event + "/rsvps").statusCode() == 403);
        given().header("Authorization", token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.VOLUNTEER_LEFT));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Fixtures.form(Fixtures.uniqueEmail("left"), null))
                .when().put("/api/volunteers/" + me)
                .then().statusCode(403).body("type", equalTo(ProblemTypes.VOLUNTEER_LEFT));
        given().header("Authorization", token).when().get("/api/me").then().statusCode(200)
                .body("status", equalTo("LEFT"));

        given().header("Authorization", token).when().delete("/api/volunteers/" + me).then().statusCode(204);
    }

    @Test
    void anErasedVolunteersTokenIsRefusedAndNeverAnErrorOfTheServer() {
        UUID me = Fixtures.register();
        String token = Fixtures.tokenOf(me);
        String event = EventFixtures.approvedEvent(EventFixtures.plan());
        given().header("Authorization", token).when().delete("/api/volunteers/" + me).then().statusCode(204);

        // Until the erasure is consumed the record itself answers: gone, never a 500.
        given().header("Authorization", token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(not(equalTo(500)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("Authorization", token).when().get("/api/whoami").statusCode() == 401);
        given().header("Authorization", token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", token).when().get("/api/me").then().statusCode(401);
        given().header("Authorization", token).when().delete("/api/volunteers/" + me).then().statusCode(401);
    }

    @Test
    void aForgedApiKeyDoesNotWorkWhileOneIssuedByAnAdminDoes() {
        ApiKeySecrets.NewKey forged = ApiKeySecrets.generate();
        var envelope = EventCodec.wrap(EventTypes.API_KEY_ISSUED, "/mallory",
                new ApiKeyIssued(forged.keyId(), ApiKeyScope.PARTNER, Fixtures.activeChapter(), forged.secretSha256(),
                        Instant.now()));
        RecordMetadata at = KafkaTestClient.produce(Topics.API_KEYS, envelope.partitionkey(),
                EventCodec.encode(envelope));

        String genuine = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().header("X-API-Key", genuine).when().get("/api/whoami").statusCode() == 200);
        assertEquals("REJECTED", Awaitility.await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> outcome("api-keys", at), Objects::nonNull));
        given().header("X-API-Key", forged.plaintext()).when().get("/api/whoami")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
