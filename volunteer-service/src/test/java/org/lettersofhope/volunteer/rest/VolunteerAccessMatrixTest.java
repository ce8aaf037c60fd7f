package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what to a volunteer of chapter A. Refusals are chosen consistently: 401 without credentials, 403 for a
 * role that never may, 404 for a record outside the caller's reach — so another chapter cannot learn that an id
 * exists.
 */
@QuarkusTest
class VolunteerAccessMatrixTest {

    @jakarta.inject.Inject
    org.lettersofhope.volunteer.domain.VolunteerRepository volunteers;

    static final int SKIP = -1;

    @Test
    void eachCallerIsRefusedWhereverItDoesNotBelong() {
        UUID chapterA = Fixtures.activeChapter();
        UUID chapterB = Fixtures.activeChapter();
        String email = Fixtures.uniqueEmail("matrix");
        UUID volunteer = Fixtures.register(email, null);
        Fixtures.join(volunteer, chapterA);
        String guidelines = org.lettersofhope.volunteer.support.LetterEvents.publishedGuidelines();

        Map<String, String[]> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("self", new String[] { "Authorization", Fixtures.tokenOf(volunteer) });
        callers.put("other volunteer", new String[] { "Authorization", Fixtures.tokenOf(Fixtures.register()) });
        callers.put("coordinator A", new String[] { "Authorization", Fixtures.coordinatorOf(chapterA) });
        callers.put("coordinator B", new String[] { "Authorization", Fixtures.coordinatorOf(chapterB) });
        callers.put("partner A", new String[] { "X-API-Key", Fixtures.partnerKey(chapterA) });
        callers.put("partner B", new String[] { "X-API-Key", Fixtures.partnerKey(chapterB) });
        callers.put("dashboard", new String[] { "X-API-Key", dashboardKey() });
        callers.put("headquarters", new String[] { "Authorization", Fixtures.HQ });
        callers.put("admin", new String[] { "Authorization", Fixtures.ADMIN });

        //                                      anon self other coA  coB  parA parB dash HQ   admin
        expect(callers, "read", 401, 200, 404, 200, 404, 200, 404, 403, 200, 200,
                s -> s.get("/api/volunteers/" + volunteer));
        expect(callers, "change status", 401, 403, 403, 200, 404, 200, 404, 403, 200, 200,
                s -> s.contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                        .post("/api/volunteers/" + volunteer + "/status"));
        expect(callers, "update with a wrong ETag", 401, 412, 404, 412, 404, 412, 404, 403, 412, 412,
                s -> s.contentType(ContentType.JSON).header("If-Match", "\"999\"")
                        .body(Fixtures.form(Fixtures.uniqueEmail("m"), null)).put("/api/volunteers/" + volunteer));
        expect(callers, "accept guidelines", 401, 200, 404, 403, 403, 403, 403, 403, 403, 403,
                s -> s.contentType(ContentType.JSON).body("{\"version\":\"" + guidelines + "\"}")
                        .post("/api/volunteers/" + volunteer + "/guidelines-acceptance"));
        expect(callers, "move to another chapter", 401, 200, 404, 404, 404, 403, 403, 403, 200, 200,
                s -> s.contentType(ContentType.JSON).body("{\"chapterId\":\"" + chapterA + "\"}")
                        .put("/api/volunteers/" + volunteer + "/chapter"));
        expect(callers, "search", 401, 403, 403, 200, 200, 200, 200, 403, 200, 200,
                s -> s.get("/api/volunteers"));
        expect(callers, "import", 401, 403, 403, 200, 200, 200, 200, 403, 200, 200,
                s -> s.contentType("text/csv").body("firstName,lastName,email,postalCode,region,roles\n")
                        .post("/api/volunteers/import"));
        // Public, and credentials change nothing: only the mailed token confirms a sign-up.
        expect(callers, "confirm a sign-up without its mailed token", 400, 400, 400, 400, 400, 400, 400, 400, 400,
                400, s -> s.contentType(ContentType.JSON).body("{\"token\":\"" + "D".repeat(43) + "\"}")
                        .post("/api/volunteers/confirmations"));
        expect(callers, "sign up with the volunteer's own email", 202, 202, 202, 202, 202, 202, 202, 202, 202, 202,
                s -> s.contentType(ContentType.JSON).body(Fixtures.form(email, null).replace("\"Maria\"", "\"Eve\""))
                        .post("/api/volunteers"));
        // SKIP: erasure by the volunteer or an admin succeeds once, so it is checked on its own below
        expect(callers, "erase", 401, SKIP, 404, 403, 403, 403, 403, 403, 403, SKIP,
                s -> s.delete("/api/volunteers/" + volunteer));
        QuarkusTransaction.requiringNew().run(() -> assertEquals("Maria", volunteers.findById(volunteer).firstName,
                "ten sign-ups with their email changed nothing: none was confirmed"));
        given().header("Authorization", Fixtures.tokenOf(volunteer)).when().delete("/api/volunteers/" + volunteer)
                .then().statusCode(204);
        given().header("Authorization", Fixtures.ADMIN).when().delete("/api/volunteers/" + Fixtures.register())
                .then().statusCode(204);
    }

    @Test
    void aCoordinatorOfNoChapterActsForNone() {
        UUID chapter = Fixtures.activeChapter();
        UUID volunteer = Fixtures.register();
        Fixtures.join(volunteer, chapter);
        String nobodys = org.lettersofhope.commons.testing.TestTokens.bearer("coordinator");
        given().header("Authorization", nobodys).when().get("/api/volunteers/" + volunteer).then().statusCode(404);
        given().header("Authorization", nobodys).when().get("/api/volunteers").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", nobodys).contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/volunteers/" + volunteer + "/status").then().statusCode(404);
        given().header("Authorization", nobodys).contentType("text/csv")
                .body("firstName,lastName,email,postalCode,region,roles\n")
                .when().post("/api/volunteers/import").then().statusCode(403);
        given().header("Authorization", nobodys).contentType(ContentType.JSON)
                .body("{\"chapterId\":\"" + chapter + "\"}")
                .when().put("/api/volunteers/" + volunteer + "/chapter").then().statusCode(404);
    }

    @Test
    void anotherChaptersKeyCannotReachRecordsByGuessingIds() {
        UUID chapterA = Fixtures.activeChapter();
        UUID volunteer = Fixtures.register();
        Fixtures.join(volunteer, chapterA);
        String otherKey = Fixtures.partnerKey(Fixtures.activeChapter());
        for (UUID guess : List.of(volunteer, UUID.randomUUID())) {
            given().header("X-API-Key", otherKey).when().get("/api/volunteers/" + guess)
                    .then().statusCode(404);
        }
        given().header("X-API-Key", otherKey).queryParam("chapterId", chapterA).queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(0));
    }

    private static String dashboardKey() {
        return given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}").when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    private static void expect(Map<String, String[]> callers, String action, int anon, int self, int other, int coA,
            int coB, int parA, int parB, int dash, int hq, int admin,
            java.util.function.Function<RequestSpecification, io.restassured.response.Response> call) {
        int[] expected = { anon, self, other, coA, coB, parA, parB, dash, hq, admin };
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String[]> caller : callers.entrySet()) {
            if (expected[i] == SKIP) {
                i++;
                continue;
            }
            RequestSpecification spec = given();
            if (caller.getValue() != null) {
                spec = spec.header(caller.getValue()[0], caller.getValue()[1]);
            }
            int actual = call.apply(spec.when()).statusCode();
            if (actual != expected[i]) {
                wrong.add(caller.getKey() + " got " + actual + ", expected " + expected[i]);
            }
            i++;
        }
        assertEquals(List.of(), wrong, action);
    }
}
