package org.lettersofhope.letter.penpals;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.eligibleWriter;
import static org.lettersofhope.letter.support.PenPalFixtures.end;
import static org.lettersofhope.letter.support.PenPalFixtures.match;
import static org.lettersofhope.letter.support.PenPalFixtures.matched;
import static org.lettersofhope.letter.support.PenPalFixtures.read;
import static org.lettersofhope.letter.support.PenPalFixtures.recipient;
import static org.lettersofhope.letter.support.PenPalFixtures.uniqueLanguage;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.RecipientFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Pairing writers with recipients, what a writer sees, ending, rematching and writer limits. */
@QuarkusTest
class PenPalResourceTest {

    @Test
    void pairsAnEligibleWriterAndTheWriterSeesOnlyADisplayNameAndLanguage() {
        UUID writer = eligibleWriter("es", "en");
        UUID recipient = recipient("es");
        String id = match(writer, recipient).statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("writerId", equalTo(writer.toString()))
                .body("recipientId", equalTo(recipient.toString()))
                .body("language", equalTo("es"))
                .body("allowedNextStatuses", containsInAnyOrder("ENDED"))
                .extract().path("id");
        Map<String, Object> mine = as(volunteer(writer)).when().get("/api/me/pen-pals")
                .then().statusCode(200).extract().path("items[0]");
        assertEquals(Set.of("matchId", "displayName", "preferredLanguage", "matchedAt"), mine.keySet());
        assertEquals(id, mine.get("matchId"));
        assertEquals("es", mine.get("preferredLanguage"));
        assertEquals(true, ((String) mine.get("displayName")).matches("^Ana Q\\.$"));
        as(volunteer(UUID.randomUUID())).when().get("/api/me/pen-pals").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aLanguageIsSharedByItsPrimarySubtag() {
        UUID writer = eligibleWriter("pt");
        match(writer, recipient("pt-BR")).statusCode(201).body("language", equalTo("pt-BR"));
    }

    @Test
    void aWriterWhoDoesNotWriteTheRecipientsLanguageIsRefused() {
        match(eligibleWriter("en"), recipient("es")).statusCode(422)
                .body("violations.message", hasItem(org.hamcrest.Matchers.containsString("language")));
    }

    @Test
    void aRecipientHasOnePenPalAtATime() {
        UUID recipient = recipient("es");
        matched(eligibleWriter("es"), recipient);
        match(eligibleWriter("es"), recipient).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRecipientOutOfDetentionOrWithoutConsentCannotBeMatched() {
        UUID released = recipient("es");
        RecipientFixtures.changeCustody(released, "RELEASED", null).statusCode(200);
        match(eligibleWriter("es"), released).statusCode(422)
                .body("violations.field", hasItem("recipientId"))
                .body("violations.message", hasItem("must be in detention (is RELEASED)"));

        Map<String, Object> body = RecipientFixtures.registration(RecipientFixtures.facility(),
                RecipientFixtures.uniqueFullName(), RecipientFixtures.uniqueANumber());
        body.put("consentsToLetters", false);
        UUID unwilling = UUID.fromString(RecipientFixtures.register(body).statusCode(201).extract().path("id"));
        match(eligibleWriter("es"), unwilling).statusCode(422)
                .body("violations.message", hasItem("must consent to letters"));

        UUID transferred = recipient("es");
        RecipientFixtures.changeCustody(transferred, "TRANSFERRED", RecipientFixtures.facility()).statusCode(200);
        match(eligibleWriter("es"), transferred).statusCode(201);

        match(eligibleWriter("es"), UUID.randomUUID()).statusCode(422)
                .body("violations.field", hasItem("recipientId"));
    }

    @Test
    void aWriterHasOneActivePenPalUnlessAllowedMore() {
        UUID writer = eligibleWriter("es");
        matched(writer, recipient("es"));
        match(writer, recipient("es")).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 active pen pal(s) of the 1 allowed"));
        as(hq()).contentType(ContentType.JSON).body(Map.of("maxPenPals", 2))
                .when().put("/api/pen-pals/writers/" + writer + "/limit")
                .then().statusCode(200).body("maxPenPals", equalTo(2));
        matched(writer, recipient("es"));
        match(writer, recipient("es")).statusCode(409);
        as(hq()).contentType(ContentType.JSON).body(Map.of("maxPenPals", 11))
                .when().put("/api/pen-pals/writers/" + writer + "/limit").then().statusCode(400);
        as(hq()).contentType(ContentType.JSON).body(Map.of("maxPenPals", 2))
                .when().put("/api/pen-pals/writers/" + UUID.randomUUID() + "/limit").then().statusCode(404);
    }

    @Test
    void anEndedMatchFreesTheWriterForANewOne() {
        UUID writer = eligibleWriter("es");
        String first = matched(writer, recipient("es"));
        end(first, "NO_REPLIES").statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endReason", equalTo("NO_REPLIES"))
                .body("endedAt", notNullValue())
                .body("allowedNextStatuses", empty());
        end(first, "COORDINATOR_DECISION").statusCode(409)
                .body("currentStatus", equalTo("ENDED"))
                .body("allowedNextStatuses", empty());
        String second = matched(writer, recipient("es"));
        as(volunteer(writer)).when().get("/api/me/pen-pals").then()
                .body("items.matchId", equalTo(List.of(second)));
        as(hq()).queryParam("writerId", writer.toString()).when().get("/api/pen-pals").then().statusCode(200)
                .body("items.id", hasItems(first, second));
        as(hq()).queryParam("writerId", writer.toString()).queryParam("status", "ENDED")
                .when().get("/api/pen-pals").then().body("items.id", equalTo(List.of(first)));
        end(UUID.randomUUID().toString(), "NO_REPLIES").statusCode(404);
        end(second, "BORED").statusCode(400);
    }

    @Test
    void suggestsEligibleWritersWhoShareTheLanguageLeastLoadedFirst() {
        String language = uniqueLanguage();
        UUID busy = eligibleWriter(language);
        as(hq()).contentType(ContentType.JSON).body(Map.of("maxPenPals", 2))
                .when().put("/api/pen-pals/writers/" + busy + "/limit").then().statusCode(200);
        matched(busy, recipient(language));
        UUID full = eligibleWriter(language);
        matched(full, recipient(language));
        UUID free = eligibleWriter(language, "en");
        UUID paused = eligibleWriter(language);
        org.lettersofhope.letter.support.VolunteerEvents.statusChanged(paused,
                org.lettersofhope.shared.event.volunteer.VolunteerStatus.ACTIVE,
                org.lettersofhope.shared.event.volunteer.VolunteerStatus.PAUSED, UUID.randomUUID(), "US-CA");
        org.lettersofhope.letter.support.VolunteerEvents.awaitWriter(paused,
                w -> w.status == org.lettersofhope.shared.event.volunteer.VolunteerStatus.PAUSED);
        UUID otherLanguage = eligibleWriter("en");

        UUID recipient = recipient(language);
        List<Map<String, Object>> suggestions = as(hq()).queryParam("recipientId", recipient.toString())
                .queryParam("limit", 100).when().get("/api/pen-pals/suggestions")
                .then().statusCode(200).extract().path("$");
        List<String> ids = suggestions.stream().map(s -> (String) s.get("writerId")).toList();
        assertEquals(List.of(free.toString(), busy.toString()), ids);
        assertEquals(Set.of("writerId", "activePenPals", "maxPenPals"), suggestions.get(0).keySet());
        assertEquals(1, suggestions.get(1).get("activePenPals"));
        assertEquals(2, suggestions.get(1).get("maxPenPals"));
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(otherLanguage.toString()));

        matched(free, recipient);
        as(hq()).queryParam("recipientId", recipient.toString()).when().get("/api/pen-pals/suggestions")
                .then().statusCode(409);
        as(hq()).when().get("/api/pen-pals/suggestions").then().statusCode(400);
        as(hq()).queryParam("recipientId", "not-a-uuid").when().get("/api/pen-pals/suggestions")
                .then().statusCode(400);
    }

    @Test
    void aChaptersStaffSeeTheirWritersMatchesOnly() {
        UUID chapter = UUID.randomUUID();
        UUID ours = org.lettersofhope.letter.support.VolunteerEvents.activeWeeklyWriter(chapter, "US-CA",
                org.lettersofhope.letter.support.PenPalFixtures.currentGuidelines(), "es");
        String ourMatch = matched(ours, recipient("es"));
        String theirMatch = matched(eligibleWriter("es"), recipient("es"));
        String coordinator = org.lettersofhope.letter.support.LetterFixtures.coordinatorOf(chapter);
        as(coordinator).queryParam("size", 100).when().get("/api/pen-pals").then().statusCode(200)
                .body("items.id", hasItem(ourMatch)).body("items.id", not(hasItem(theirMatch)));
        as(coordinator).when().get("/api/pen-pals/" + ourMatch).then().statusCode(200);
        as(coordinator).when().get("/api/pen-pals/" + theirMatch).then().statusCode(404);
        read(theirMatch).statusCode(200);
    }
}
