package org.lettersofhope.letter.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.mail;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.seal;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A recipient's custody (release, deportation, transfer) is headquarters' to know. Their writer, the writer's
 * chapter coordinator and partner key are told only that the recipient cannot receive letters now
 * (RECIPIENT_UNAVAILABLE), in letters, histories, lists, filters, pen-pal matches and replies alike.
 */
@QuarkusTest
class CustodyReasonsAccessMatrixTest {

    static final List<String> CUSTODY_WORDS = List.of("DEPORTED", "RELEASED", "TRANSFERRED");

    UUID chapter;
    UUID recipient;
    PenPal penPal;
    UUID heldByCustody;
    UUID returnedByCustody;
    UUID heldByReview;
    String reply;

    /**
     * The writer's pen pal is deported: their logged letter is held back, a mailed one came back DEPORTED, one held
     * back at review keeps its guideline reason, and the match ends.
     */
    @BeforeEach
    void aPenPalIsDeported() {
        chapter = UUID.randomUUID();
        UUID facility = facility();
        recipient = recipient(facility);
        penPal = penPal(chapter, recipient);
        heldByCustody = UUID.fromString(log(volunteer(penPal.writer()), letterBody(recipient))
                .statusCode(201).extract().path("id"));
        returnedByCustody = mailedFor(recipient, facility, penPal.writer(), chapter);
        transition(returnedByCustody, "RETURNED", "DEPORTED").statusCode(200);
        heldByReview = receivedFor(recipient, penPal.writer(), chapter);
        transition(heldByReview, "HELD_BACK", "CONTENT").statusCode(200);
        reply = given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("recipientId", recipient.toString(), "writerId", penPal.writer().toString(),
                        "receivedOn", LocalDate.now().toString(), "language", "es", "needsTranslation", false))
                .when().post("/api/replies").then().statusCode(201).extract().path("id");
        changeCustody(recipient, "DEPORTED", null).statusCode(200);
    }

    /** Received by headquarters from the writer, for the chapter. */
    static UUID receivedFor(UUID recipient, UUID writer, UUID chapter) {
        Map<String, Object> body = letterBody(recipient);
        body.put("writerId", writer.toString());
        body.put("chapterId", chapter.toString());
        return UUID.fromString(log(hq(), body).statusCode(201).extract().path("id"));
    }

    /** Received from the writer, approved and mailed to the facility in a batch of its own. */
    static UUID mailedFor(UUID recipient, UUID facility, UUID writer, UUID chapter) {
        UUID letter = receivedFor(recipient, writer, chapter);
        transition(letter, "APPROVED", null).statusCode(200);
        UUID batch = openBatch(facility);
        addToBatch(batch, letter).statusCode(200);
        seal(batch).statusCode(200);
        mail(batch, 73, "USD").statusCode(200);
        return letter;
    }

    static void noCustodyIn(String who, String answer) {
        for (String word : CUSTODY_WORDS) {
            assertFalse(answer.contains(word), who + " is told the custody: " + answer);
        }
    }

    @Test
    void headquartersSeesTheCustodyReasons() {
        for (String credential : List.of(hq(), TestTokens.bearer("admin"))) {
            as(credential).when().get("/api/letters/" + heldByCustody).then().statusCode(200)
                    .body("status", equalTo("HELD_BACK")).body("statusReason", equalTo("RECIPIENT_DEPORTED"));
            as(credential).when().get("/api/letters/" + returnedByCustody).then()
                    .body("statusReason", equalTo("DEPORTED"));
            as(credential).when().get("/api/letters/" + heldByCustody + "/transitions").then()
                    .body("reason", hasItem("RECIPIENT_DEPORTED"));
            as(credential).queryParam("recipientId", recipient.toString())
                    .queryParam("statusReason", "RECIPIENT_DEPORTED").when().get("/api/letters").then()
                    .statusCode(200).body("items.id", contains(heldByCustody.toString()));
            as(credential).queryParam("recipientId", recipient.toString())
                    .queryParam("statusReason", "RECIPIENT_UNAVAILABLE").when().get("/api/letters").then()
                    .statusCode(200).body("items", empty());
            as(credential).when().get("/api/pen-pals/" + penPal.matchId()).then()
                    .body("endReason", equalTo("DEPORTED"));
        }
    }

    @Test
    void theWriterAndTheirChapterAreToldOnlyThatTheRecipientCannotReceiveLettersNow() {
        String writer = volunteer(penPal.writer());
        Map<String, String> callers = Map.of("the writer", writer, "the chapter's coordinator",
                coordinatorOf(chapter), "the chapter's partner key", apiKey(ApiKeyScope.PARTNER, chapter));
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            String who = caller.getKey();
            String credential = caller.getValue();
            noCustodyIn(who, as(credential).when().get("/api/letters/" + heldByCustody).then().statusCode(200)
                    .body("statusReason", equalTo("RECIPIENT_UNAVAILABLE")).extract().asString());
            noCustodyIn(who, as(credential).when().get("/api/letters/" + returnedByCustody).then().statusCode(200)
                    .body("statusReason", equalTo("RECIPIENT_UNAVAILABLE")).extract().asString());
            as(credential).when().get("/api/letters/" + heldByReview).then().statusCode(200)
                    .body("statusReason", equalTo("CONTENT"));
            for (UUID letter : List.of(heldByCustody, returnedByCustody)) {
                noCustodyIn(who, as(credential).when().get("/api/letters/" + letter + "/transitions").then()
                        .statusCode(200).body("reason", hasItem("RECIPIENT_UNAVAILABLE")).extract().asString());
            }
            noCustodyIn(who, as(credential).queryParam("recipientId", recipient.toString()).queryParam("size", 100)
                    .when().get("/api/letters").then().statusCode(200)
                    .body("items.id", hasItems(heldByCustody.toString(), returnedByCustody.toString()))
                    .extract().asString());
            // filtering by a custody reason finds nothing; by what they are shown, finds those letters
            for (String reason : List.of("RECIPIENT_DEPORTED", "DEPORTED", "RECIPIENT_RELEASED", "RELEASED",
                    "TRANSFERRED")) {
                as(credential).queryParam("recipientId", recipient.toString()).queryParam("statusReason", reason)
                        .when().get("/api/letters").then().statusCode(200).body("items", empty());
            }
            as(credential).queryParam("recipientId", recipient.toString())
                    .queryParam("statusReason", "RECIPIENT_UNAVAILABLE").when().get("/api/letters").then()
                    .statusCode(200).body("items.id",
                            containsInAnyOrder(heldByCustody.toString(), returnedByCustody.toString()));
        }
        for (String staff : List.of(coordinatorOf(chapter), apiKey(ApiKeyScope.PARTNER, chapter))) {
            noCustodyIn("the chapter's staff", as(staff).when().get("/api/pen-pals/" + penPal.matchId()).then()
                    .statusCode(200).body("endReason", equalTo("RECIPIENT_UNAVAILABLE")).extract().asString());
            noCustodyIn("the chapter's staff", as(staff).queryParam("writerId", penPal.writer().toString())
                    .when().get("/api/pen-pals").then().statusCode(200)
                    .body("items.id", contains(penPal.matchId())).extract().asString());
        }
        // the writer's own views: the ended match is gone, the reply stays, neither tells why
        noCustodyIn("the writer", as(writer).when().get("/api/me/pen-pals").then().statusCode(200)
                .body("items", empty()).extract().asString());
        noCustodyIn("the writer", as(writer).when().get("/api/me/replies").then().statusCode(200)
                .body("items.id", contains(reply)).extract().asString());
        noCustodyIn("the writer", as(writer).when().get("/api/replies/" + reply).then().statusCode(200)
                .extract().asString());
    }

    @Test
    void releaseAndTransferAreHiddenLikeDeportationAndOthersSeeNothingAtAll() {
        UUID facility = facility();
        UUID released = recipient(facility);
        PenPal releasedPenPal = penPal(chapter, released);
        UUID held = UUID.fromString(log(volunteer(releasedPenPal.writer()), letterBody(released)).statusCode(201)
                .extract().path("id"));
        UUID returned = mailedFor(released, facility, releasedPenPal.writer(), chapter);
        transition(returned, "RETURNED", "TRANSFERRED").statusCode(200);
        changeCustody(released, "RELEASED", null).statusCode(200);
        as(hq()).when().get("/api/letters/" + held).then().body("statusReason", equalTo("RECIPIENT_RELEASED"));
        as(hq()).when().get("/api/letters/" + returned).then().body("statusReason", equalTo("TRANSFERRED"));
        for (String credential : List.of(volunteer(releasedPenPal.writer()), coordinatorOf(chapter),
                apiKey(ApiKeyScope.PARTNER, chapter))) {
            for (UUID letter : List.of(held, returned)) {
                noCustodyIn("the writer or their chapter", as(credential).when().get("/api/letters/" + letter)
                        .then().statusCode(200).body("statusReason", equalTo("RECIPIENT_UNAVAILABLE")).extract()
                        .asString());
            }
        }

        for (String stranger : List.of(volunteer(UUID.randomUUID()), coordinatorOf(UUID.randomUUID()),
                apiKey(ApiKeyScope.PARTNER, UUID.randomUUID()))) {
            as(stranger).when().get("/api/letters/" + heldByCustody).then().statusCode(404);
            as(stranger).when().get("/api/letters/" + heldByCustody + "/transitions").then().statusCode(404);
            as(stranger).queryParam("statusReason", "RECIPIENT_DEPORTED").when().get("/api/letters").then()
                    .statusCode(200).body("items.id", not(hasItem(heldByCustody.toString())));
        }
        as(apiKey(ApiKeyScope.DASHBOARD, null)).when().get("/api/letters/" + heldByCustody).then().statusCode(403);
        given().when().get("/api/letters/" + heldByCustody).then().statusCode(401);
        given().queryParam("statusReason", "RECIPIENT_DEPORTED").when().get("/api/letters").then().statusCode(401);
    }

    @Test
    void theShownReasonIsNeverRecorded() {
        UUID letter = UUID.fromString(log(hq(), letterBody(recipient(facility()))).statusCode(201).extract()
                .path("id"));
        transition(letter, "HELD_BACK", "RECIPIENT_UNAVAILABLE").statusCode(400)
                .body("violations.field", contains("reason"));
        UUID other = recipient();
        String match = penPal(null, other).matchId();
        PenPalFixtures.end(match, "RECIPIENT_UNAVAILABLE").statusCode(400).body("violations.field", contains("reason"));
        PenPalFixtures.read(match).body("status", equalTo("ACTIVE"));
    }
}
