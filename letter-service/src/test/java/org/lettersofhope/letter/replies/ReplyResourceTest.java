package org.lettersofhope.letter.replies;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
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
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;
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
        PenPal penPal = penPal(null, recipient);
        UUID writer = penPal.writer();
        String match = penPal.matchId();
        Map<String, Object> older = reply(recipient, writer, LocalDate.now().minusDays(3));
        older.put("matchId", match);
        String first = log(hq(), older).statusCode(201)
                .body("from.displayName", equalTo("Ana Q.")).body("needsTranslation", equalTo(true))
                .body("matchId", equalTo(match)).body("loggedBy", org.hamcrest.Matchers.notNullValue())
                .extract().path("id");
        // without a matchId it belongs to the pair's match
        String second = log(hq(), reply(recipient, writer, LocalDate.now())).statusCode(201)
                .body("matchId", equalTo(match)).extract().path("id");

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
        assertEquals(match, event.data().get("matchId").asText());
        assertEquals(true, event.data().get("needsTranslation").asBoolean());
    }

    @Test
    void aReplyIsLoggedOnlyForAPairThatIsOrWasMatchedWithThatPairsOwnMatch() {
        UUID recipient = recipient();
        PenPal ours = penPal(null, recipient);
        UUID other = recipient();
        PenPal theirs = penPal(null, other);

        // another pair's match, for either side or both
        log(hq(), withMatch(reply(recipient, ours.writer(), LocalDate.now()), theirs.matchId())).statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("matchId", "recipientId", "writerId"));
        log(hq(), withMatch(reply(recipient, theirs.writer(), LocalDate.now()), ours.matchId())).statusCode(422)
                .body("violations.field", containsInAnyOrder("matchId", "writerId"));
        log(hq(), withMatch(reply(other, ours.writer(), LocalDate.now()), ours.matchId())).statusCode(422)
                .body("violations.field", containsInAnyOrder("matchId", "recipientId"));
        log(hq(), withMatch(reply(recipient, ours.writer(), LocalDate.now()), UUID.randomUUID().toString()))
                .statusCode(422).body("violations.field", contains("matchId"));
        // a writer who was never the recipient's pen pal, named with no match
        log(hq(), reply(recipient, theirs.writer(), LocalDate.now())).statusCode(422)
                .body("violations.field", containsInAnyOrder("writerId", "recipientId"));
        log(hq(), reply(recipient, UUID.randomUUID(), LocalDate.now())).statusCode(422)
                .body("violations.field", containsInAnyOrder("writerId", "recipientId"));
        given().header("Authorization", hq()).queryParam("recipientId", recipient.toString())
                .when().get("/api/replies").then().statusCode(200).body("items", empty());
        given().header("Authorization", volunteer(theirs.writer())).when().get("/api/me/replies").then()
                .statusCode(200).body("items", empty());

        // a match that ended still routes the replies that come after it
        PenPalFixtures.end(ours.matchId(), "NO_REPLIES").statusCode(200);
        log(hq(), reply(recipient, ours.writer(), LocalDate.now())).statusCode(201)
                .body("matchId", equalTo(ours.matchId()));
        log(hq(), withMatch(reply(recipient, ours.writer(), LocalDate.now()), ours.matchId())).statusCode(201);
    }

    static Map<String, Object> withMatch(Map<String, Object> body, String matchId) {
        body.put("matchId", matchId);
        return body;
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
