package org.lettersofhope.letter.replies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ReplyResourceTest {

    static Map<String, Object> reply(UUID recipient, UUID writer, LocalDate receivedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientId", recipient.toString());
        body.put("writerId", writer.toString());
        body.put("receivedOn", receivedOn.toString());
        body.put("language", "es");
        body.put("needsTranslation", true);
        return body;
    }

    static ValidatableResponse log(String token, Map<String, Object> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/api/replies").then();
    }

    @Test
    void aLoggedReplyReachesItsWriterWithTheDisplayNameOnly() {
        UUID recipient = recipient();
        UUID writer = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        Map<String, Object> older = reply(recipient, writer, LocalDate.now().minusDays(3));
        older.put("matchId", match.toString());
        String first = log(hq(), older).statusCode(201)
                .body("from.displayName", equalTo("Ana Q.")).body("needsTranslation", equalTo(true))
                .body("matchId", equalTo(match.toString())).body("loggedBy", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");
        String second = log(hq(), reply(recipient, writer, LocalDate.now())).statusCode(201).extract().path("id");

        given().header("Authorization", volunteer(writer)).when().get("/api/me/replies").then().statusCode(200)
                .body("items.id", contains(second, first))
                .body("items[0].from.displayName", equalTo("Ana Q."))
                .body("items[0].from.preferredLanguage", equalTo("es"))
                .body("items[0].from", not(hasKey("fullName")))
                .body("items[0].from", not(hasKey("aNumber")))
                .body("items[0]", not(hasKey("loggedBy")));
        given().header("Authorization", volunteer(writer)).when().get("/api/replies/" + first).then()
                .statusCode(200).body("id", equalTo(first));
        given().header("Authorization", volunteer(UUID.randomUUID())).when().get("/api/replies/" + first).then()
                .statusCode(404);
        given().header("Authorization", volunteer(UUID.randomUUID())).when().get("/api/me/replies").then()
                .statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", hq()).queryParam("writerId", writer.toString()).when().get("/api/replies")
                .then().statusCode(200).body("items.id", contains(first, second));

        ConsumerRecord<String, byte[]> record = KafkaTestClient.readUntil(Topics.LETTERS,
                seen -> seen.stream().anyMatch(r -> r.key().equals(first)), Duration.ofSeconds(20))
                .stream().filter(r -> r.key().equals(first)).findFirst().orElseThrow();
        EventEnvelope event = EventCodec.decode(record.value());
        assertEquals(EventTypes.REPLY_RECEIVED.name(), event.type());
        assertEquals(writer.toString(), event.data().get("writerId").asText());
        assertEquals(match.toString(), event.data().get("matchId").asText());
        assertEquals(true, event.data().get("needsTranslation").asBoolean());
    }

    @Test
    void badRepliesAreRefusedNamingTheField() {
        UUID recipient = recipient();
        log(hq(), reply(UUID.randomUUID(), UUID.randomUUID(), LocalDate.now())).statusCode(422)
                .body("violations.field", contains("recipientId"));
        log(hq(), reply(recipient, UUID.randomUUID(), LocalDate.now().plusDays(5))).statusCode(400)
                .body("violations.field", contains("receivedOn"));
        Map<String, Object> body = reply(recipient, UUID.randomUUID(), LocalDate.now());
        body.put("receivedOn", "last tuesday");
        body.put("language", "<b>");
        log(hq(), body).statusCode(400).body("violations.field", hasItem("receivedOn"));
        body.put("receivedOn", LocalDate.now().toString());
        log(hq(), body).statusCode(400).body("violations.field", hasItem("language"));
        log(volunteer(UUID.randomUUID()), reply(recipient, UUID.randomUUID(), LocalDate.now())).statusCode(403);
    }
}
