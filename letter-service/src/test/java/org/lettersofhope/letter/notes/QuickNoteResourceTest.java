package org.lettersofhope.letter.notes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.read;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.register;
import static org.lettersofhope.letter.support.RecipientFixtures.registration;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class QuickNoteResourceTest {

    /** A private-use language tag (ISO 639 qaa–qtz) no other test prefers. */
    static String privateLanguage() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "q" + (char) ('a' + r.nextInt(20)) + (char) ('a' + r.nextInt(26));
    }

    static UUID recipientSpeaking(String language) {
        Map<String, Object> body = registration(facility(), uniqueFullName(), uniqueANumber());
        body.put("preferredLanguage", language);
        return UUID.fromString(register(body).statusCode(201).extract().path("id"));
    }

    static Map<String, Object> note(String text, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("writerFirstName", "Sam");
        body.put("language", language);
        return body;
    }

    static ValidatableResponse send(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/quick-notes").then();
    }

    static List<String> quickNotesTo(UUID recipient) {
        return given().header("Authorization", hq()).queryParam("recipientId", recipient.toString())
                .queryParam("origin", "QUICK_NOTE").when().get("/api/letters")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aQuickNoteBecomesAReceivedLetterForReviewAndTheSenderLearnsNothingAboutTheRecipient() {
        String language = privateLanguage();
        UUID recipient = recipientSpeaking(language);
        String receipt = send(note("Estamos contigo.\nNo estás solo.", language)).statusCode(202)
                .body("receiptId", notNullValue()).body("receivedAt", notNullValue())
                .body("keySet()", equalTo(Set.of("receiptId", "receivedAt")))
                .extract().path("receiptId");
        assertEquals(List.of(receipt), quickNotesTo(recipient));
        read(hq(), UUID.fromString(receipt)).statusCode(200)
                .body("origin", equalTo("QUICK_NOTE")).body("kind", equalTo("LETTER"))
                .body("status", equalTo("RECEIVED"))
                .body("note.text", equalTo("Estamos contigo.\nNo estás solo."))
                .body("note.writerFirstName", equalTo("Sam"))
                .body("note.language", equalTo(language))
                .body("recipient.id", equalTo(recipient.toString()));
        // Nobody but headquarters reads it.
        read(volunteer(UUID.randomUUID()), UUID.fromString(receipt)).statusCode(404);
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("to", "APPROVED"))
                .when().post("/api/letters/" + receipt + "/transitions").then().statusCode(200);
    }

    @Test
    void notesTakeTurnsAmongRecipientsWhoConsentAndAreInCustody() {
        String language = privateLanguage();
        UUID first = recipientSpeaking(language);
        UUID second = recipientSpeaking(language);
        UUID withdrawn = recipientSpeaking(language);
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", false))
                .when().put("/api/recipients/" + withdrawn + "/consent").then().statusCode(200);
        UUID released = recipientSpeaking(language);
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("status", "RELEASED"))
                .when().post("/api/recipients/" + released + "/custody").then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            send(note("Note " + i, language + "-US")).statusCode(202);
        }
        assertEquals(2, quickNotesTo(first).size());
        assertEquals(2, quickNotesTo(second).size());
        assertEquals(0, quickNotesTo(withdrawn).size());
        assertEquals(0, quickNotesTo(released).size());
    }

    @Test
    void badNotesAreRefusedWithProblemsNeverAServerError() {
        String language = privateLanguage();
        recipientSpeaking(language);
        send(note("", language)).statusCode(400).body("violations.field", contains("text"));
        send(note("   ", language)).statusCode(400).body("violations.field", contains("text"));
        send(note("x".repeat(1501), language)).statusCode(400).body("violations.field", contains("text"));
        send(note("<script>alert(1)</script>", language)).statusCode(400).body("violations.field", contains("text"));
        send(note("bell \u0007 and null \u0000", language)).statusCode(400).body("violations.field", contains("text"));
        send(note("x".repeat(1500), language)).statusCode(202);
        Map<String, Object> body = note("Hello", "not a language");
        body.put("writerFirstName", "Sam\r\nInjected: header");
        body.put("region", "'; drop table letter; --");
        send(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("language"))
                .body("violations.field", hasItem("writerFirstName"))
                .body("violations.field", hasItem("region"))
                .body("detail", not(org.hamcrest.Matchers.containsString("drop table")));
        send("{\"text\": {\"nested\": true}}").statusCode(400).body("violations.field", contains("text"));
        send("{\"text\": ").statusCode(400).contentType("application/problem+json");
        send("[]").statusCode(400);
        send(Map.of("text", "y".repeat(300 * 1024))).statusCode(413).contentType("application/problem+json");
    }
}
