package org.lettersofhope.letter.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.facilityBody;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;
import static org.lettersofhope.letter.support.RecipientFixtures.registration;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;
import org.lettersofhope.letter.support.RecipientFixtures;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what in letter-service: 401 anonymous, 403 for a role that can never do it (recipients, review,
 * batches and replies are headquarters' alone), 404 for a letter outside the caller's chapter or not their own.
 */
@QuarkusTest
class LetterAccessMatrixTest {

    UUID chapter;
    UUID otherChapter;
    UUID facility;
    UUID recipient;
    UUID writer;
    String match;
    Map<String, String> callers;

    @BeforeEach
    void world() {
        chapter = UUID.randomUUID();
        otherChapter = UUID.randomUUID();
        facility = facility();
        recipient = recipient(facility);
        PenPal penPal = penPal(chapter, recipient);
        writer = penPal.writer();
        match = penPal.matchId();
        callers = new LinkedHashMap<>();
        callers.put("volunteer", volunteer(UUID.randomUUID()));
        callers.put("chapter coordinator", coordinatorOf(chapter));
        callers.put("coordinator of no chapter", TestTokens.bearer("coordinator"));
        callers.put("partner key", apiKey(ApiKeyScope.PARTNER, chapter));
        callers.put("dashboard key", apiKey(ApiKeyScope.DASHBOARD, null));
        callers.put("headquarters", hq());
        callers.put("admin", TestTokens.bearer("admin"));
    }

    static RequestSpecification anonymous() {
        return given();
    }

    record Call(String method, String path, Object body) {
    }

    List<Call> headquartersOnly() {
        UUID batch = openBatch(facility);
        UUID letter = approvedLetter(recipient);
        UUID toBatch = approvedLetter(recipient);
        Map<String, Object> reply = Map.of("recipientId", recipient.toString(), "writerId", writer.toString(),
                "matchId", match, "receivedOn", LocalDate.now().toString(), "language", "es",
                "needsTranslation", false);
        return List.of(
                new Call("POST", "/api/facilities", facilityBody("US-CA")),
                new Call("GET", "/api/follow-ups/pen-pals", null),
                new Call("GET", "/api/follow-ups/recipients", null),
                new Call("GET", "/api/pen-pal-offers", null),
                new Call("POST", "/api/recipients", registration(facility, uniqueFullName(), uniqueANumber())),
                new Call("GET", "/api/recipients", null),
                new Call("GET", "/api/recipients/" + recipient, null),
                new Call("POST", "/api/recipients/lookup", Map.of("aNumber", uniqueANumber())),
                new Call("GET", "/api/recipients/" + recipient + "/custody", null),
                new Call("PUT", "/api/recipients/" + recipient + "/consent", Map.of("consentsToLetters", true)),
                new Call("POST", "/api/letters/" + letter + "/transitions", Map.of("to", "HELD_BACK",
                        "reason", "CONTENT")),
                new Call("POST", "/api/mail-batches", Map.of("facilityId", facility.toString())),
                new Call("GET", "/api/mail-batches/" + batch, null),
                new Call("POST", "/api/mail-batches/" + batch + "/letters", Map.of("letterId", toBatch.toString())),
                new Call("POST", "/api/replies", reply),
                new Call("GET", "/api/replies", null));
    }

    static io.restassured.response.Response send(RequestSpecification spec, Call call) {
        if (call.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(call.body());
        }
        return spec.request(call.method(), call.path());
    }

    @Test
    void anonymousCallersAreAskedToAuthenticateEverywhereButTheQuickNote() {
        for (Call call : headquartersOnly()) {
            send(anonymous(), call).then().statusCode(401).contentType("application/problem+json");
        }
        for (String path : List.of("/api/letters", "/api/facilities", "/api/me/replies")) {
            anonymous().when().get(path).then().statusCode(401);
        }
        anonymous().contentType(ContentType.JSON).body(letterBody(recipient)).when().post("/api/letters")
                .then().statusCode(401);
        anonymous().contentType(ContentType.JSON).body(Map.of("text", "Hello")).when().post("/api/quick-notes")
                .then().statusCode(202);
    }

    @Test
    void onlyHeadquartersSeesRecipientsReviewsBatchesAndLogsReplies() {
        List<Call> calls = headquartersOnly();
        for (String who : List.of("volunteer", "chapter coordinator", "coordinator of no chapter", "partner key",
                "dashboard key")) {
            for (Call call : calls) {
                send(as(callers.get(who)), call).then().statusCode(403).contentType("application/problem+json");
            }
        }
        for (String who : List.of("headquarters", "admin")) {
            for (Call call : headquartersOnly()) {
                int status = send(as(callers.get(who)), call).then().extract().statusCode();
                // a lookup of an A-Number nobody has is 404; everything else succeeds
                if (status != 200 && status != 201 && !(status == 404 && call.path().endsWith("/lookup"))) {
                    throw new AssertionError(who + " " + call.method() + " " + call.path() + " gave " + status);
                }
            }
        }
    }

    @Test
    void onlyAnAdminReadsAndRotatesTheRecipientKeys() {
        List<Call> calls = List.of(new Call("GET", "/api/admin/recipient-keys", null),
                new Call("POST", "/api/admin/recipient-keys/re-encrypt", null));
        for (Call call : calls) {
            send(anonymous(), call).then().statusCode(401).contentType("application/problem+json");
            // headquarters coordinators keep recipients, but the keys are the admins' alone
            for (String who : List.of("volunteer", "chapter coordinator", "coordinator of no chapter", "partner key",
                    "dashboard key", "headquarters")) {
                send(as(callers.get(who)), call).then().statusCode(403).contentType("application/problem+json");
            }
        }
        send(as(callers.get("admin")), calls.get(0)).then().statusCode(200).body("currentVersion", equalTo(1));
        send(as(callers.get("admin")), calls.get(1)).then().statusCode(202).body("currentVersion", equalTo(1));
    }

    @Test
    void lettersAreSeenByHeadquartersTheirChapterAndTheirWriterOnly() {
        Map<String, Object> body = letterBody(recipient);
        body.put("writerId", writer.toString());
        String letter = as(callers.get("chapter coordinator")).contentType(ContentType.JSON).body(body)
                .when().post("/api/letters").then().statusCode(201)
                .body("chapterId", equalTo(chapter.toString())).body("status", equalTo("LOGGED"))
                .extract().path("id");
        for (String who : List.of("chapter coordinator", "partner key", "headquarters", "admin")) {
            as(callers.get(who)).when().get("/api/letters/" + letter).then().statusCode(200);
            as(callers.get(who)).when().get("/api/letters").then().statusCode(200);
        }
        as(volunteer(writer)).when().get("/api/letters/" + letter).then().statusCode(200);
        as(callers.get("partner key")).when().get("/api/letters").then().body("items.id", hasItem(letter));
        for (String credential : List.of(callers.get("volunteer"), coordinatorOf(otherChapter),
                apiKey(ApiKeyScope.PARTNER, otherChapter), callers.get("coordinator of no chapter"))) {
            as(credential).when().get("/api/letters/" + letter).then().statusCode(404)
                    .contentType("application/problem+json");
            as(credential).when().get("/api/letters/" + letter + "/transitions").then().statusCode(404);
            as(credential).when().get("/api/letters?chapterId=" + chapter).then().statusCode(200)
                    .body("items.id", not(hasItem(letter)));
        }
        as(apiKey(ApiKeyScope.PARTNER, otherChapter)).when().get("/api/letters").then()
                .body("items.chapterId", everyItem(equalTo(otherChapter.toString())));
        as(callers.get("dashboard key")).when().get("/api/letters/" + letter).then().statusCode(403);
        as(callers.get("dashboard key")).contentType(ContentType.JSON).body(letterBody(recipient))
                .when().post("/api/letters").then().statusCode(403);
    }

    @Test
    void chapterStaffLogOnlyForTheirOwnChapter() {
        Map<String, Object> body = letterBody(recipient);
        body.put("chapterId", otherChapter.toString());
        for (String who : List.of("chapter coordinator", "partner key")) {
            as(callers.get(who)).contentType(ContentType.JSON).body(body).when().post("/api/letters")
                    .then().statusCode(400).body("violations.field", hasItem("chapterId"));
        }
        as(callers.get("partner key")).contentType(ContentType.JSON).body(letterBody(recipient))
                .when().post("/api/letters").then().statusCode(201).body("chapterId", equalTo(chapter.toString()));
    }

    @Test
    void repliesAreForTheirWriterAndHeadquarters() {
        as(callers.get("partner key")).when().get("/api/me/replies").then().statusCode(403);
        as(callers.get("dashboard key")).when().get("/api/me/replies").then().statusCode(403);
        as(callers.get("volunteer")).when().get("/api/me/replies").then().statusCode(200);
        as(callers.get("volunteer")).when().get("/api/facilities").then().statusCode(200);
        as(callers.get("dashboard key")).when().get("/api/facilities").then().statusCode(403);
    }

    @Test
    void everyoneReadsTheCentralMailingAddressAndOnlyHeadquartersChangesIt() {
        Map<String, Object> body = Map.of("addressee", "Letters of Hope", "address", Map.of("line1",
                "1 Matrix Way", "city", "Oakland", "region", "US-CA", "postalCode", "94612"));
        var current = anonymous().when().get("/api/mailing-address").then().extract();
        RequestSpecification first = as(hq()).contentType(ContentType.JSON).body(body);
        if (current.statusCode() == 200) {
            first = first.header("If-Match", current.header("ETag"));
        }
        String etag = first.when().put("/api/mailing-address").then().statusCode(current.statusCode() == 200 ? 200
                : 201).extract().header("ETag");
        Map<String, Object> changed = Map.of("addressee", "Someone Else", "address", Map.of("line1",
                "9 Intruder Road", "city", "Oakland", "region", "US-CA", "postalCode", "94612"));
        anonymous().contentType(ContentType.JSON).body(changed).header("If-Match", etag).when()
                .put("/api/mailing-address").then().statusCode(401).contentType("application/problem+json");
        for (String who : List.of("volunteer", "chapter coordinator", "coordinator of no chapter", "partner key",
                "dashboard key")) {
            as(callers.get(who)).contentType(ContentType.JSON).body(changed).header("If-Match", etag).when()
                    .put("/api/mailing-address").then().statusCode(403).contentType("application/problem+json");
        }
        anonymous().when().get("/api/mailing-address").then().statusCode(200).header("ETag", etag)
                .body("address.line1", equalTo("1 Matrix Way"));
        for (String credential : callers.values()) {
            as(credential).when().get("/api/mailing-address").then().statusCode(200).header("ETag", etag);
        }
    }

    @Test
    void aPenPalOfferIsSeenAndDecidedByItsWriterAndHeadquartersOnly() {
        String language = PenPalFixtures.uniqueLanguage();
        UUID offeredTo = PenPalFixtures.eligibleWriter(language);
        UUID leaving = PenPalFixtures.recipient(language);
        PenPalFixtures.matched(offeredTo, leaving);
        PenPalFixtures.recipient(language);
        RecipientFixtures.changeCustody(leaving, "RELEASED", null).statusCode(200);
        String offer = as(hq()).queryParam("writerId", offeredTo.toString()).when().get("/api/pen-pal-offers")
                .then().statusCode(200).extract().path("items[0].id");
        List<Call> headquarters = List.of(new Call("GET", "/api/pen-pal-offers/" + offer, null),
                new Call("POST", "/api/pen-pal-offers/" + offer + "/decline", null),
                new Call("POST", "/api/pen-pal-offers/" + offer + "/accept", null));
        List<Call> writers = List.of(new Call("GET", "/api/me/pen-pal-offers", null),
                new Call("POST", "/api/me/pen-pal-offers/" + offer + "/decline", null),
                new Call("POST", "/api/me/pen-pal-offers/" + offer + "/accept", null));
        for (Call call : headquarters) {
            send(anonymous(), call).then().statusCode(401).contentType("application/problem+json");
            for (String who : List.of("volunteer", "chapter coordinator", "coordinator of no chapter",
                    "partner key", "dashboard key")) {
                send(as(callers.get(who)), call).then().statusCode(403).contentType("application/problem+json");
            }
        }
        for (Call call : writers) {
            send(anonymous(), call).then().statusCode(401);
            for (String who : List.of("partner key", "dashboard key")) {
                send(as(callers.get(who)), call).then().statusCode(403).contentType("application/problem+json");
            }
        }
        // another volunteer neither sees it nor decides it: to them it is not there
        send(as(callers.get("volunteer")), writers.get(0)).then().statusCode(200).body("items.size()", equalTo(0));
        send(as(callers.get("volunteer")), writers.get(1)).then().statusCode(404);
        send(as(callers.get("volunteer")), writers.get(2)).then().statusCode(404);
        as(hq()).when().get("/api/pen-pal-offers/" + offer).then().body("status", equalTo("PROPOSED"));
        send(as(volunteer(offeredTo)), writers.get(0)).then().statusCode(200).body("items[0].id", equalTo(offer));
        send(as(callers.get("admin")), headquarters.get(0)).then().statusCode(200);
        send(as(volunteer(offeredTo)), writers.get(2)).then().statusCode(201);
        as(hq()).when().get("/api/pen-pal-offers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyHeadquartersLoadsThePostalCodeAndDistrictTables() {
        Map<String, String> imports = Map.of("/api/postal-codes/import",
                "country,postalCode,region,latitude,longitude\n", "/api/postal-districts/import",
                "country,postalCode,level,chamber,district\n");
        imports.forEach((path, headerOnly) -> {
            anonymous().contentType("text/csv").body(headerOnly).when().post(path).then().statusCode(401)
                    .contentType("application/problem+json");
            for (String who : List.of("volunteer", "chapter coordinator", "coordinator of no chapter", "partner key",
                    "dashboard key")) {
                as(callers.get(who)).contentType("text/csv").body(headerOnly).when().post(path).then()
                        .statusCode(403).contentType("application/problem+json");
            }
            for (String who : List.of("headquarters", "admin")) {
                as(callers.get(who)).contentType("text/csv").body(headerOnly).when().post(path).then()
                        .statusCode(200).body("imported", equalTo(0));
            }
        });
        // reading one's officials and the public facilities by postal code is public: every caller gets the same
        for (String credential : callers.values()) {
            as(credential).queryParam("region", "US-CA").when().get("/api/officials/representing").then()
                    .statusCode(200);
        }
        anonymous().queryParam("region", "US-CA").when().get("/api/officials/representing").then().statusCode(200);
    }

    @Test
    void thePublicFacilitiesAreTheSameForEveryCallerAndShowNoAddress() {
        String one = "/api/public/facilities/" + facility;
        Map<String, Object> expected = anonymous().when().get(one).then().statusCode(200).extract().jsonPath()
                .getMap("");
        org.junit.jupiter.api.Assertions.assertFalse(expected.containsKey("addressLine1"), expected.toString());
        org.junit.jupiter.api.Assertions.assertFalse(expected.containsKey("postalCode"), expected.toString());
        org.junit.jupiter.api.Assertions.assertFalse(expected.containsKey("mailNotes"), expected.toString());
        anonymous().when().get("/api/public/facilities?size=100").then().statusCode(200);
        for (Map.Entry<String, String> who : callers.entrySet()) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, as(who.getValue()).when().get(one).then()
                    .statusCode(200).extract().jsonPath().getMap(""), who.getKey());
            as(who.getValue()).when().get("/api/public/facilities?near=32.57,-116.92").then().statusCode(200);
            // read-only: no caller changes a facility through the public path
            as(who.getValue()).contentType(ContentType.JSON).body(facilityBody("US-CA")).when()
                    .post("/api/public/facilities").then().statusCode(405);
            as(who.getValue()).contentType(ContentType.JSON).body(facilityBody("US-CA")).when().put(one)
                    .then().statusCode(405);
        }
    }
}
