package org.lettersofhope.letter.support;

import static io.restassured.RestAssured.given;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.lettersofhope.commons.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Writers, recipients and matches for pen-pal tests, each call with data of its own. */
public final class PenPalFixtures {

    private PenPalFixtures() {
    }

    /** The guidelines version in force, publishing one first if there is none. */
    public static String currentGuidelines() {
        var current = given().when().get("/api/guidelines/current").then().extract();
        if (current.statusCode() == 200) {
            return current.path("version");
        }
        String version = "2026." + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.bearer("admin")).contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", "Letter Writing Guidelines", "body", "Be kind."))
                .when().post("/api/guidelines").then().statusCode(201);
        return version;
    }

    /**
     * A language code no other test uses (from ISO 639's private-use range qaa–qtz), so that suggestions for it list
     * this test's writers only.
     */
    public static String uniqueLanguage() {
        // counted, not drawn at random: two tests of one run never share a code (520 of them, from a random start)
        int n = NEXT_LANGUAGE.getAndIncrement() % 520;
        String letters = "abcdefghijklmnopqrstuvwxyz";
        return "q" + letters.charAt(n / 26) + letters.charAt(n % 26);
    }

    private static final AtomicInteger NEXT_LANGUAGE = new AtomicInteger(ThreadLocalRandom.current().nextInt(520));

    /** An eligible weekly writer (active, accepted the current guidelines) in the languages given. */
    public static UUID eligibleWriter(String... languages) {
        return VolunteerEvents.activeWeeklyWriter(UUID.randomUUID(), "US-CA", currentGuidelines(), languages);
    }

    /** A detained, consenting recipient whose preferred language is the one given. */
    public static UUID recipient(String language) {
        Map<String, Object> body = RecipientFixtures.registration(RecipientFixtures.facility(),
                RecipientFixtures.uniqueFullName(), RecipientFixtures.uniqueANumber());
        body.put("preferredLanguage", language);
        return UUID.fromString(RecipientFixtures.register(body).statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse match(UUID writer, UUID recipient) {
        return match(hq(), writer, recipient);
    }

    /** As the coordinator whose token is given (tokens are made up front when requests run in parallel). */
    public static ValidatableResponse match(String coordinator, UUID writer, UUID recipient) {
        return as(coordinator).contentType(ContentType.JSON)
                .body(Map.of("writerId", writer.toString(), "recipientId", recipient.toString()))
                .when().post("/api/pen-pals").then();
    }

    public static String matched(UUID writer, UUID recipient) {
        return match(writer, recipient).statusCode(201).extract().path("id");
    }

    /** A writer and the id of their active match with a recipient. */
    public record PenPal(UUID writer, String matchId) {
    }

    /**
     * A new eligible weekly writer of the chapter (null: of a chapter of their own), writing the recipient's language,
     * matched with the recipient by headquarters; the recipient must have no pen pal yet.
     */
    public static PenPal penPal(UUID chapter, UUID recipient) {
        String language = as(hq()).when().get("/api/recipients/" + recipient).then().statusCode(200).extract()
                .path("preferredLanguage");
        UUID writer = VolunteerEvents.activeWeeklyWriter(chapter == null ? UUID.randomUUID() : chapter, "US-CA",
                currentGuidelines(), language);
        return new PenPal(writer, matched(writer, recipient));
    }

    /** The recipient's active pen pal, matching a new writer first if they have none. */
    public static PenPal penPalOf(UUID recipient) {
        var active = as(hq()).queryParam("recipientId", recipient.toString()).queryParam("status", "ACTIVE")
                .when().get("/api/pen-pals").then().statusCode(200).extract();
        String matchId = active.path("items[0].id");
        if (matchId != null) {
            return new PenPal(UUID.fromString(active.path("items[0].writerId")), matchId);
        }
        return penPal(null, recipient);
    }

    public static ValidatableResponse end(String matchId, String reason) {
        return as(hq()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/pen-pals/" + matchId + "/end").then();
    }

    public static ValidatableResponse read(String matchId) {
        return as(hq()).when().get("/api/pen-pals/" + matchId).then();
    }
}
