package org.lettersofhope.letter.letters;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A retried creating request answers the first result instead of creating a second record. */
@QuarkusTest
class LetterIdempotencyTest {

    @Test
    void aRetriedLetterLogAnswersTheFirstAndLogsOne() {
        UUID recipient = recipient();
        UUID writer = penPal(null, recipient).writer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = letterBody(recipient);
        String first = given().header("Authorization", volunteer(writer)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/letters")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        given().header("Authorization", volunteer(writer)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/letters")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        body.put("kind", "POSTCARD");
        given().header("Authorization", volunteer(writer)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/letters")
                .then().statusCode(422).body("violations.field", contains("Idempotency-Key"));
        given().header("Authorization", volunteer(writer)).when().get("/api/letters").then()
                .body("items.id", contains(first));
    }

    @Test
    void retriedBatchesRepliesFacilitiesAndQuickNotesAreMadeOnce() {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        UUID writer = penPal(null, recipient).writer();
        // keys are scoped to one caller: the retry comes from the same coordinator
        String coordinator = hq();
        Map<String, Object> batch = Map.of("facilityId", facility.toString());
        Map<String, Object> reply = Map.of("recipientId", recipient.toString(), "writerId",
                writer.toString(), "receivedOn", "2026-11-01", "language", "es", "needsTranslation", false);
        for (Map.Entry<String, Map<String, Object>> create : Map.of("/api/mail-batches", batch, "/api/replies",
                reply, "/api/facilities", org.lettersofhope.letter.support.RecipientFixtures.facilityBody("US-AZ"))
                .entrySet()) {
            String key = UUID.randomUUID().toString();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ids.add(given().header("Authorization", coordinator).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(create.getValue()).when().post(create.getKey())
                        .then().statusCode(201).extract().path("id"));
            }
            assertEquals(ids.get(0), ids.get(1), create.getKey());
        }
        String key = UUID.randomUUID().toString();
        String receipt = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("text", "Hello")).when().post("/api/quick-notes").then().statusCode(202)
                .extract().path("receiptId");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("text", "Hello"))
                .when().post("/api/quick-notes").then().statusCode(202)
                .header("Idempotent-Replayed", equalTo("true")).body("receiptId", equalTo(receipt));
    }
}
