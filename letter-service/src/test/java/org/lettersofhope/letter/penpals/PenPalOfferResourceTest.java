package org.lettersofhope.letter.penpals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.currentGuidelines;
import static org.lettersofhope.letter.support.PenPalFixtures.eligibleWriter;
import static org.lettersofhope.letter.support.PenPalFixtures.end;
import static org.lettersofhope.letter.support.PenPalFixtures.match;
import static org.lettersofhope.letter.support.PenPalFixtures.matched;
import static org.lettersofhope.letter.support.PenPalFixtures.recipient;
import static org.lettersofhope.letter.support.PenPalFixtures.uniqueLanguage;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A writer whose pen pal is released or deported is offered the recipient who has waited longest in a language
 * they write; they accept or decline (or headquarters does for them), and are never told why the match ended. Each
 * test writes in a language no other test uses, so the recipients waiting in it are its own.
 */
@QuarkusTest
class PenPalOfferResourceTest {

    /** A writer matched with a first recipient, and the language they share. */
    record Pair(UUID writer, UUID penPal, String matchId, String language) {
    }

    static Pair pair() {
        String language = uniqueLanguage();
        UUID writer = eligibleWriter(language);
        UUID penPal = recipient(language);
        return new Pair(writer, penPal, matched(writer, penPal), language);
    }

    static String displayName(UUID recipient) {
        return as(hq()).when().get("/api/recipients/" + recipient).then().statusCode(200).extract()
                .path("displayName");
    }

    static ValidatableResponse mine(UUID writer) {
        return as(volunteer(writer)).when().get("/api/me/pen-pal-offers").then().statusCode(200);
    }

    static ValidatableResponse offersOf(UUID writer) {
        return as(hq()).queryParam("writerId", writer.toString()).when().get("/api/pen-pal-offers").then()
                .statusCode(200);
    }

    static String onlyOfferOf(UUID writer) {
        return offersOf(writer).body("items.size()", equalTo(1)).extract().path("items[0].id");
    }

    static ValidatableResponse decide(String credential, String path, String offer, String decision) {
        return as(credential).when().post(path + "/" + offer + "/" + decision).then();
    }

    @Test
    void aWriterWhosePenPalIsReleasedIsOfferedWhoeverHasWaitedLongestInTheirLanguage() {
        Pair p = pair();
        UUID longest = recipient(p.language());
        UUID later = recipient(p.language());
        recipient("es"); // waits too, but not in a language the writer writes
        changeCustody(p.penPal(), "RELEASED", null).statusCode(200);

        String body = mine(p.writer()).body("items.size()", equalTo(1))
                .body("items[0].status", equalTo("PROPOSED"))
                .body("items[0].displayName", equalTo(displayName(longest)))
                .body("items[0].previousPenPal", equalTo(displayName(p.penPal())))
                .body("items[0].preferredLanguage", equalTo(p.language()))
                .body("items[0].notice", containsString(displayName(p.penPal()) + " can no longer receive letters"))
                .extract().asString();
        // never why, and nothing of either recipient but a display name
        for (String secret : new String[] { "RELEASED", "released", "elease", "custody", longest.toString(),
                p.penPal().toString(), later.toString() }) {
            assertFalse(body.contains(secret), secret + " in " + body);
        }
        offersOf(p.writer()).body("items[0].recipientId", equalTo(longest.toString()))
                .body("items[0].afterMatchId", equalTo(p.matchId()))
                .body("items[0].allowedNextStatuses", hasItem("ACCEPTED"));
    }

    @Test
    void acceptingMakesTheMatchOnceAndTheWriterSeesTheirNewPenPal() {
        Pair p = pair();
        UUID next = recipient(p.language());
        changeCustody(p.penPal(), "DEPORTED", null).statusCode(200);
        String offer = onlyOfferOf(p.writer());

        String match = decide(volunteer(p.writer()), "/api/me/pen-pal-offers", offer, "accept").statusCode(201)
                .body("displayName", equalTo(displayName(next))).extract().path("matchId");
        as(volunteer(p.writer())).when().get("/api/me/pen-pals").then().statusCode(200)
                .body("items.matchId", hasItem(match));
        as(hq()).when().get("/api/pen-pals/" + match).then().statusCode(200)
                .body("recipientId", equalTo(next.toString())).body("status", equalTo("ACTIVE"));
        mine(p.writer()).body("items[0].status", equalTo("ACCEPTED")).body("items[0].matchId", equalTo(match));
        decide(volunteer(p.writer()), "/api/me/pen-pal-offers", offer, "accept").statusCode(409)
                .contentType("application/problem+json").body("currentStatus", equalTo("ACCEPTED"));
        decide(volunteer(p.writer()), "/api/me/pen-pal-offers", offer, "decline").statusCode(409);
    }

    @Test
    void headquartersConfirmsOrDeclinesForTheWriterAndADeclinedRecipientWaitsForTheNext() {
        Pair first = pair();
        UUID waiting = recipient(first.language());
        changeCustody(first.penPal(), "RELEASED", null).statusCode(200);
        String declined = onlyOfferOf(first.writer());
        decide(hq(), "/api/pen-pal-offers", declined, "decline").statusCode(200)
                .body("status", equalTo("DECLINED")).body("decidedAt", not(nullValue()));

        // the next writer of that language whose pen pal leaves is offered the same person
        UUID second = eligibleWriter(first.language());
        UUID secondPenPal = recipient(first.language());
        match(second, secondPenPal).statusCode(201);
        changeCustody(secondPenPal, "RELEASED", null).statusCode(200);
        String confirmed = onlyOfferOf(second);
        offersOf(second).body("items[0].recipientId", equalTo(waiting.toString()));
        decide(hq(), "/api/pen-pal-offers", confirmed, "accept").statusCode(201)
                .body("writerId", equalTo(second.toString())).body("recipientId", equalTo(waiting.toString()));
        as(hq()).when().get("/api/pen-pal-offers/" + confirmed).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("allowedNextStatuses.size()", equalTo(0));
    }

    @Test
    void nothingIsOfferedWhenNobodyWaitsInTheWritersLanguageOrTheMatchEndedForAnotherReason() {
        Pair alone = pair();
        changeCustody(alone.penPal(), "RELEASED", null).statusCode(200);
        offersOf(alone.writer()).body("items.size()", equalTo(0));

        Pair ended = pair();
        recipient(ended.language());
        end(ended.matchId(), "COORDINATOR_DECISION").statusCode(200);
        offersOf(ended.writer()).body("items.size()", equalTo(0));
        mine(ended.writer()).body("items.size()", equalTo(0));
    }

    @Test
    void aWriterLeftWithoutAPenPalIsOfferedTheNextPersonWhoNeedsOneInTheirLanguage() {
        Pair first = pair();
        changeCustody(first.penPal(), "RELEASED", null).statusCode(200);
        offersOf(first.writer()).body("items.size()", equalTo(0)); // nobody was waiting then
        Pair second = pair();
        UUID secondWriter = second.writer();
        changeCustody(second.penPal(), "DEPORTED", null).statusCode(200);

        // the first to be left waiting is offered the next person registered in the language
        UUID next = recipient(first.language());
        offersOf(first.writer()).body("items.size()", equalTo(1))
                .body("items[0].recipientId", equalTo(next.toString()))
                .body("items[0].afterMatchId", equalTo(first.matchId()));
        mine(first.writer()).body("items[0].displayName", equalTo(displayName(next)));

        // a writer who declines is not offered again; someone who later consents goes to whoever still waits
        String declined = onlyOfferOf(first.writer());
        decide(volunteer(first.writer()), "/api/me/pen-pal-offers", declined, "decline").statusCode(200);
        Map<String, Object> body = org.lettersofhope.letter.support.RecipientFixtures.registration(
                org.lettersofhope.letter.support.RecipientFixtures.facility(),
                org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName(),
                org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber());
        body.put("preferredLanguage", second.language());
        body.put("consentsToLetters", false);
        UUID later = UUID.fromString(org.lettersofhope.letter.support.RecipientFixtures.register(body)
                .statusCode(201).extract().path("id"));
        offersOf(secondWriter).body("items.size()", equalTo(0));
        as(hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", true)).when()
                .put("/api/recipients/" + later + "/consent").then().statusCode(200);
        offersOf(secondWriter).body("items.size()", equalTo(1))
                .body("items[0].recipientId", equalTo(later.toString()));
        UUID another = recipient(first.language());
        offersOf(first.writer()).body("items.size()", equalTo(1)).body("items[0].status", equalTo("DECLINED"));
        given().header("Authorization", hq()).queryParam("recipientId", another.toString()).when()
                .get("/api/pen-pals").then().body("items.size()", equalTo(0));
    }

    @Test
    void anOfferIsWithdrawnWhenItsRecipientIsMatchedElsewhereOrLeavesCustody() {
        Pair p = pair();
        UUID offered = recipient(p.language());
        changeCustody(p.penPal(), "RELEASED", null).statusCode(200);
        String offer = onlyOfferOf(p.writer());
        match(eligibleWriter(p.language()), offered).statusCode(201);
        as(hq()).when().get("/api/pen-pal-offers/" + offer).then().body("status", equalTo("WITHDRAWN"));
        decide(volunteer(p.writer()), "/api/me/pen-pal-offers", offer, "accept").statusCode(409);

        Pair q = pair();
        UUID deported = recipient(q.language());
        changeCustody(q.penPal(), "RELEASED", null).statusCode(200);
        String second = onlyOfferOf(q.writer());
        changeCustody(deported, "DEPORTED", null).statusCode(200);
        as(hq()).when().get("/api/pen-pal-offers/" + second).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void acceptingChecksTheRulesOfAMatchAgain() {
        Pair p = pair();
        UUID offered = recipient(p.language());
        changeCustody(p.penPal(), "RELEASED", null).statusCode(200);
        String offer = onlyOfferOf(p.writer());
        as(hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", false)).when()
                .put("/api/recipients/" + offered + "/consent").then().statusCode(200);
        decide(volunteer(p.writer()), "/api/me/pen-pal-offers", offer, "accept").statusCode(422)
                .body("violations.message", hasItem("must consent to letters"));
        // nothing was half-done: the offer still waits for a decision and no match was made
        as(hq()).when().get("/api/pen-pal-offers/" + offer).then().body("status", equalTo("PROPOSED"));
        as(volunteer(p.writer())).when().get("/api/me/pen-pals").then().body("items.size()", equalTo(0));
    }

    @Test
    void aWriterWhoPausesOrIsErasedLeavesTheOfferedRecipientToOthers() {
        UUID chapter = UUID.randomUUID();
        String language = uniqueLanguage();
        UUID writer = VolunteerEvents.activeWeeklyWriter(chapter, "US-CA", currentGuidelines(), language);
        UUID penPal = recipient(language);
        matched(writer, penPal);
        recipient(language);
        changeCustody(penPal, "RELEASED", null).statusCode(200);
        String offer = onlyOfferOf(writer);
        VolunteerEvents.statusChanged(writer, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, chapter, "US-CA");
        awaitStatus(offer, "WITHDRAWN");

        Pair erased = pair();
        recipient(erased.language());
        changeCustody(erased.penPal(), "DEPORTED", null).statusCode(200);
        String second = onlyOfferOf(erased.writer());
        VolunteerEvents.erased(erased.writer(), null);
        awaitStatus(second, "WITHDRAWN");
        as(hq()).when().get("/api/pen-pal-offers/" + second).then().body("writerId", nullValue());
    }

    static void awaitStatus(String offer, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> status
                .equals(as(hq()).when().get("/api/pen-pal-offers/" + offer).then().extract().path("status")));
    }
}
