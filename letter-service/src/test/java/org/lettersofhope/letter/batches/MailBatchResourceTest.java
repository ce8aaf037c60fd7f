package org.lettersofhope.letter.batches;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.mail;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.receivedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.seal;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MailBatchResourceTest {

    @Test
    void approvedLettersAreBatchedSealedAndMailedWithTheirPostage() {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        UUID first = approvedLetter(recipient);
        UUID second = approvedLetter(recipient);
        UUID batch = openBatch(facility);
        addToBatch(batch, first).statusCode(200).body("status", equalTo("OPEN")).body("letterCount", equalTo(1));
        addToBatch(batch, second).statusCode(200).body("letterCount", equalTo(2));
        addToBatch(batch, second).statusCode(200).body("letterCount", equalTo(2));
        given().header("Authorization", hq()).queryParam("batchId", batch.toString()).when().get("/api/letters")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(first.toString(), second.toString()))
                .body("items.status", everyItem(equalTo("BATCHED")))
                .body("items.batchId", everyItem(equalTo(batch.toString())));

        mail(batch, 146, "USD").statusCode(409).body("currentStatus", equalTo("OPEN"))
                .body("allowedNextStatuses", contains("SEALED"));
        seal(batch).statusCode(200).body("status", equalTo("SEALED")).body("sealedAt", notNullValue());
        addToBatch(batch, approvedLetter(recipient)).statusCode(409).body("currentStatus", equalTo("SEALED"));
        mail(batch, 146, "usd").statusCode(200)
                .body("status", equalTo("MAILED")).body("letterCount", equalTo(2))
                .body("postageCents", equalTo(146)).body("currency", equalTo("USD"))
                .body("mailedAt", notNullValue());
        given().header("Authorization", hq()).queryParam("batchId", batch.toString()).when().get("/api/letters")
                .then().body("items.status", everyItem(equalTo("MAILED")));
        mail(batch, 146, "USD").statusCode(409).body("currentStatus", equalTo("MAILED"));

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.LETTERS,
                seen -> seen.stream().anyMatch(r -> r.key().equals(batch.toString())), Duration.ofSeconds(20));
        ConsumerRecord<String, byte[]> mailed = records.stream().filter(r -> r.key().equals(batch.toString()))
                .findFirst().orElseThrow();
        EventEnvelope event = EventCodec.decode(mailed.value());
        assertEquals(EventTypes.MAIL_BATCH_MAILED.name(), event.type());
        assertEquals(2, event.data().get("letterCount").asInt());
        assertEquals(146, event.data().get("postageCents").asLong());
        assertEquals(facility.toString(), event.data().get("facilityId").asText());
        assertEquals("USD", event.data().get("currency").asText());
    }

    @Test
    void onlyApprovedLettersForTheBatchFacilityGoIn() {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        UUID batch = openBatch(facility);
        addToBatch(batch, receivedLetter(recipient)).statusCode(409).body("currentStatus", equalTo("RECEIVED"));
        addToBatch(batch, approvedLetter(recipient())).statusCode(422).body("violations.field", contains("letterId"));
        addToBatch(batch, UUID.randomUUID()).statusCode(422).body("violations.field", contains("letterId"));
        addToBatch(UUID.randomUUID(), approvedLetter(recipient)).statusCode(404);
        seal(batch).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("empty"));
    }

    @Test
    void aLetterTakenOutOrHeldBackLeavesItsBatch() {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        UUID kept = approvedLetter(recipient);
        UUID out = approvedLetter(recipient);
        UUID held = approvedLetter(recipient);
        UUID batch = openBatch(facility);
        for (UUID l : List.of(kept, out, held)) {
            addToBatch(batch, l).statusCode(200);
        }
        given().header("Authorization", hq()).when().delete("/api/mail-batches/" + batch + "/letters/" + out)
                .then().statusCode(200).body("letterCount", equalTo(2));
        transition(out, "APPROVED", null).statusCode(409);
        given().header("Authorization", hq()).when().get("/api/letters/" + out).then()
                .body("status", equalTo("APPROVED")).body("batchId", org.hamcrest.Matchers.nullValue());
        transition(held, "HELD_BACK", "FACILITY_RULE").statusCode(200);
        given().header("Authorization", hq()).when().get("/api/mail-batches/" + batch).then()
                .body("letterCount", equalTo(1));
        given().header("Authorization", hq()).when().delete("/api/mail-batches/" + batch + "/letters/" + held)
                .then().statusCode(404);
        seal(batch).statusCode(200);
        mail(batch, 50, "USD").statusCode(200).body("letterCount", equalTo(1));
        given().header("Authorization", hq()).when().get("/api/letters/" + kept + "/transitions").then()
                .body("toStatus", contains("RECEIVED", "APPROVED", "BATCHED", "MAILED"));
    }

    @Test
    void mailingNeedsAValidPostageAndCurrency() {
        UUID facility = facility();
        UUID batch = openBatch(facility);
        addToBatch(batch, approvedLetter(recipient(facility))).statusCode(200);
        seal(batch).statusCode(200);
        mail(batch, -1, "USD").statusCode(400).body("violations.field", contains("postageCents"));
        mail(batch, 100, "XQZ").statusCode(400).body("violations.field", contains("currency"));
        mail(batch, 100, "US").statusCode(400).body("violations.field", contains("currency"));
        given().header("Authorization", hq()).queryParam("status", "SEALED")
                .queryParam("facilityId", facility.toString()).when().get("/api/mail-batches")
                .then().statusCode(200).body("items.id", hasItem(batch.toString()));
    }
}
