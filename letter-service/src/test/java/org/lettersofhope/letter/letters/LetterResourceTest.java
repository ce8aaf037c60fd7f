package org.lettersofhope.letter.letters;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.penPalLetterBody;
import static org.lettersofhope.letter.support.LetterFixtures.read;
import static org.lettersofhope.letter.support.LetterFixtures.receivedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.CampaignFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LetterResourceTest {

    @Test
    void headquartersLogsWhatItReceivedAndAVolunteerWhatTheySent() {
        UUID facility = facility("US-TX");
        UUID recipient = recipient(facility);
        UUID writer = penPal(null, recipient).writer();
        Map<String, Object> fromHq = letterBody(recipient);
        fromHq.put("writerId", writer.toString());
        fromHq.put("kind", "CARD");
        log(hq(), fromHq).statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("kind", equalTo("CARD"))
                .body("writerId", equalTo(writer.toString()))
                .body("facilityId", equalTo(facility.toString()))
                .body("region", equalTo("US-TX"))
                .body("recipient.displayName", equalTo("Ana Q."))
                .body("recipient.preferredLanguage", equalTo("es"));

        Map<String, Object> fromVolunteer = letterBody(recipient);
        fromVolunteer.put("region", "us-ca");
        String id = log(volunteer(writer), fromVolunteer).statusCode(201)
                .body("status", equalTo("LOGGED"))
                .body("writerId", equalTo(writer.toString()))
                .body("region", equalTo("US-CA"))
                .body("$", not(hasKey("facilityId")))
                .body("recipient", not(hasKey("fullName")))
                .body("recipient", not(hasKey("aNumber")))
                .extract().path("id");
        read(volunteer(writer), UUID.fromString(id)).statusCode(200).body("status", equalTo("LOGGED"));
        read(volunteer(UUID.randomUUID()), UUID.fromString(id)).statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aLetterCountsOnlyTowardsAPublishedSolidarityCampaign() {
        UUID recipient = recipient();
        Map<String, Object> body = letterBody(recipient);
        body.put("campaignId", UUID.randomUUID().toString());
        log(hq(), body).statusCode(400).body("violations.field", contains("campaignId"));

        String draft = CampaignFixtures.draft(CampaignFixtures.campaignForm("SOLIDARITY"));
        body.put("campaignId", draft);
        log(hq(), body).statusCode(400).body("violations.field", contains("campaignId"));

        body.put("campaignId", CampaignFixtures.activeAdvocacy()[0]);
        log(hq(), body).statusCode(400).body("violations.field", contains("campaignId"));

        CampaignFixtures.publish(draft);
        body.put("campaignId", draft);
        log(hq(), body).statusCode(201).body("campaignId", equalTo(draft));
    }

    @Test
    void aVolunteerLogsOnlyAsThemselves() {
        UUID recipient = recipient();
        Map<String, Object> body = letterBody(recipient);
        body.put("writerId", UUID.randomUUID().toString());
        log(volunteer(UUID.randomUUID()), body).statusCode(400).body("violations.field", contains("writerId"));
        body.remove("writerId");
        body.put("chapterId", UUID.randomUUID().toString());
        log(volunteer(UUID.randomUUID()), body).statusCode(400).body("violations.field", contains("chapterId"));
    }

    @Test
    void lettersMoveThroughReviewWithReasonsThatFitAndKeepTheirHistory() {
        PenPal penPal = penPal(null, recipient());
        UUID writer = penPal.writer();
        UUID letter = UUID.fromString(log(volunteer(writer), penPalLetterBody(penPal.matchId())).statusCode(201)
                .extract().path("id"));
        transition(letter, "APPROVED", null).statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("LOGGED"))
                .body("allowedNextStatuses", contains("RECEIVED"));
        transition(letter, "RECEIVED", "CONTENT").statusCode(400).body("violations.field", contains("reason"));
        transition(letter, "RECEIVED", null).statusCode(200).body("status", equalTo("RECEIVED"));
        transition(letter, "HELD_BACK", null).statusCode(400).body("violations.field", contains("reason"));
        transition(letter, "HELD_BACK", "REFUSED_BY_FACILITY").statusCode(400)
                .body("violations.field", contains("reason"));
        transition(letter, "HELD_BACK", "RECIPIENT_RELEASED").statusCode(400)
                .body("violations.field", contains("reason"));
        transition(letter, "HELD_BACK", "LEGAL_ADVICE").statusCode(200)
                .body("status", equalTo("HELD_BACK")).body("statusReason", equalTo("LEGAL_ADVICE"));
        transition(letter, "BATCHED", null).statusCode(409).body("allowedNextStatuses", contains("APPROVED"));
        transition(letter, "APPROVED", null).statusCode(200).body("status", equalTo("APPROVED"))
                .body("$", not(hasKey("statusReason")));

        given().header("Authorization", hq()).when().get("/api/letters/" + letter + "/transitions")
                .then().statusCode(200)
                .body("toStatus", contains("LOGGED", "RECEIVED", "HELD_BACK", "APPROVED"))
                .body("fromStatus", contains(null, "LOGGED", "RECEIVED", "HELD_BACK"))
                .body("reason", contains(null, null, "LEGAL_ADVICE", null))
                .body("[0].changedBy", equalTo(writer.toString()))
                .body("changedBy", everyItem(notNullValue()))
                .body("changedAt", everyItem(notNullValue()));
        // the writer sees the history but not who at headquarters made each change
        given().header("Authorization", volunteer(writer)).when().get("/api/letters/" + letter + "/transitions")
                .then().statusCode(200)
                .body("toStatus", contains("LOGGED", "RECEIVED", "HELD_BACK", "APPROVED"))
                .body("changedBy", everyItem(nullValue()));
    }

    @Test
    void noLettersToARecipientWhoWithdrewConsentOrLeftCustody() {
        UUID withdrawn = recipient();
        UUID writer = penPal(null, withdrawn).writer();
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", false))
                .when().put("/api/recipients/" + withdrawn + "/consent").then().statusCode(200);
        log(volunteer(writer), letterBody(withdrawn)).statusCode(409)
                .contentType("application/problem+json");
        UUID released = recipient();
        changeCustody(released, "RELEASED", null).statusCode(200);
        log(hq(), letterBody(released)).statusCode(409);
    }

    @Test
    void badLettersAreRefusedNamingTheField() {
        log(hq(), letterBody(UUID.randomUUID())).statusCode(422).body("violations.field", contains("recipientId"));
        Map<String, Object> body = letterBody(recipient());
        body.put("origin", "QUICK_NOTE");
        log(hq(), body).statusCode(400).body("violations.field", contains("origin"));
        body.put("origin", "SELF_MAILED_ADVOCACY");
        log(hq(), body).statusCode(400).body("violations.field", contains("origin"));
        body.put("origin", "CARRIER_PIGEON");
        log(hq(), body).statusCode(400).body("violations.field", contains("origin"));
        body.put("origin", "PEN_PAL");
        body.put("kind", null);
        body.put("region", "<script>");
        log(hq(), body).statusCode(400).body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("region"));
        given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body("{\"to\":\"SHREDDED\"}").when().post("/api/letters/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(400).body("violations.field", contains("to"));
        transition(UUID.randomUUID(), "RECEIVED", null).statusCode(404);
    }

    @Test
    void listsFilterAndEachCallerSeesOnlyTheirOwnLetters() {
        Instant start = Instant.now().minusSeconds(1);
        UUID recipient = recipient();
        UUID writer = penPal(null, recipient).writer();
        UUID mine = UUID.fromString(log(volunteer(writer), letterBody(recipient)).statusCode(201)
                .extract().path("id"));
        UUID received = receivedLetter(recipient);
        UUID approved = approvedLetter(recipient);

        given().header("Authorization", hq())
                .queryParam("recipientId", recipient.toString()).queryParam("updatedSince", start.toString())
                .when().get("/api/letters").then().statusCode(200)
                .body("items.id", contains(mine.toString(), received.toString(), approved.toString()))
                .body("hasNext", equalTo(false));
        given().header("Authorization", hq()).queryParam("recipientId", recipient.toString())
                .queryParam("status", "approved").when().get("/api/letters").then().statusCode(200)
                .body("items.id", contains(approved.toString()));
        given().header("Authorization", hq()).queryParam("recipientId", recipient.toString())
                .queryParam("size", 2).when().get("/api/letters").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("hasNext", equalTo(true));
        given().header("Authorization", volunteer(writer)).when().get("/api/letters").then().statusCode(200)
                .body("items.id", contains(mine.toString()));
        given().header("Authorization", hq()).queryParam("status", "LOST").when().get("/api/letters")
                .then().statusCode(400).body("violations.field", contains("status"));
        given().header("Authorization", hq()).queryParam("updatedSince", "yesterday").when().get("/api/letters")
                .then().statusCode(400).body("violations.field", contains("updatedSince"));
        given().header("Authorization", hq()).queryParam("size", 1000).when().get("/api/letters")
                .then().statusCode(400);
    }
}
