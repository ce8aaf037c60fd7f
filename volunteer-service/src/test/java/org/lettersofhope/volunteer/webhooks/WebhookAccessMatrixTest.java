package org.lettersofhope.volunteer.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.devinfra.DevKeys;
import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may manage chapter A's webhook subscription, for every kind of caller: its partner key and an admin; 401
 * without or with forged credentials, 403 for people and keys that never may, 404 for another chapter's partner key
 * (it cannot learn that the subscription exists).
 */
@QuarkusTest
class WebhookAccessMatrixTest {

    static final int SKIP = -1;

    @Test
    void onlyTheChaptersPartnerKeyAndAdminsManageItsSubscriptions(@TempDir Path dir) throws Exception {
        UUID chapterA = Fixtures.activeChapter();
        UUID chapterB = Fixtures.activeChapter();
        UUID volunteer = Fixtures.register();
        Fixtures.join(volunteer, chapterA);
        String partnerA = Fixtures.partnerKey(chapterA);
        DevKeys.ensure(dir);
        String forged = "Bearer " + DevTokens.sign(dir.resolve(DevKeys.PRIVATE_KEY_FILE), "mallory",
                List.of("admin"), null, Duration.ofMinutes(5));

        Map<String, String[]> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("forged admin token", new String[] { "Authorization", forged });
        callers.put("unknown API key", new String[] { "X-API-Key", "loh_" + "x".repeat(40) });
        callers.put("volunteer of A", new String[] { "Authorization", Fixtures.tokenOf(volunteer) });
        callers.put("coordinator A", new String[] { "Authorization", Fixtures.coordinatorOf(chapterA) });
        callers.put("headquarters", new String[] { "Authorization", Fixtures.HQ });
        callers.put("dashboard key", new String[] { "X-API-Key", dashboardKey() });
        callers.put("partner B", new String[] { "X-API-Key", Fixtures.partnerKey(chapterB) });
        callers.put("partner A", new String[] { "X-API-Key", partnerA });
        callers.put("admin", new String[] { "Authorization", Fixtures.ADMIN });

        String sub = given().header("X-API-Key", partnerA).contentType(ContentType.JSON)
                .body(body(null)).when().post("/api/webhook-subscriptions").then().statusCode(201)
                .extract().path("id");
        String path = "/api/webhook-subscriptions/" + sub;

        //                                          anon forg unkn vol  coA  HQ   dash parB parA admin
        expect(callers, "list the event types", 401, 401, 401, 403, 403, 403, 403, 200, 200, 200,
                s -> s.get("/api/webhook-subscriptions/event-types"));
        expect(callers, "create for chapter A", 401, 401, 401, 403, 403, 403, 403, 403, 201, 201,
                s -> s.contentType(ContentType.JSON).body(body(chapterA)).post("/api/webhook-subscriptions"));
        expect(callers, "list", 401, 401, 401, 403, 403, 403, 403, 200, 200, 200,
                s -> s.get("/api/webhook-subscriptions"));
        expect(callers, "read", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200, s -> s.get(path));
        expect(callers, "read the delivery log", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200,
                s -> s.get(path + "/deliveries"));
        expect(callers, "pause", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200, s -> s.post(path + "/pause"));
        expect(callers, "resume", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200, s -> s.post(path + "/resume"));
        expect(callers, "rotate the secret", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200,
                s -> s.contentType(ContentType.JSON).body("{\"overlap\":\"PT1H\"}").post(path + "/secret-rotation"));
        expect(callers, "ping", 401, 401, 401, 403, 403, 403, 403, 404, 200, 200, s -> s.post(path + "/ping"));
        expect(callers, "replay", 401, 401, 401, 403, 403, 403, 403, 404, 202, 202,
                s -> s.contentType(ContentType.JSON).body("{\"since\":\"2026-01-01T00:00:00Z\"}")
                        .post(path + "/replay"));
        // SKIP: deleting succeeds once, so the two who may are checked below
        expect(callers, "delete", 401, 401, 401, 403, 403, 403, 403, 404, SKIP, SKIP, s -> s.delete(path));
        given().header("X-API-Key", partnerA).when().delete(path).then().statusCode(204);
        given().header("X-API-Key", partnerA).when().get(path).then().statusCode(404);
        String other = given().header("X-API-Key", partnerA).contentType(ContentType.JSON).body(body(null))
                .when().post("/api/webhook-subscriptions").then().statusCode(201).extract().path("id");
        given().header("Authorization", Fixtures.ADMIN).when().delete("/api/webhook-subscriptions/" + other)
                .then().statusCode(204);
    }

    @Test
    void aPartnerSeesOnlyItsOwnChaptersSubscriptionsAndNamesNoOtherChapter() {
        UUID chapterA = Fixtures.activeChapter();
        UUID chapterB = Fixtures.activeChapter();
        String partnerA = Fixtures.partnerKey(chapterA);
        String partnerB = Fixtures.partnerKey(chapterB);
        given().header("X-API-Key", partnerB).contentType(ContentType.JSON).body(body(null))
                .when().post("/api/webhook-subscriptions").then().statusCode(201);
        given().header("X-API-Key", partnerA).contentType(ContentType.JSON).body(body(chapterB))
                .when().post("/api/webhook-subscriptions").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("X-API-Key", partnerA).queryParam("chapterId", chapterB)
                .when().get("/api/webhook-subscriptions").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON).body(body(null))
                .when().post("/api/webhook-subscriptions").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("chapterId"));
        given().header("Authorization", TestTokens.bearer("coordinator")).when().get("/api/webhook-subscriptions")
                .then().statusCode(403);
    }

    @Test
    void badSubscriptionsAreProblemsNamingTheField() {
        String partner = Fixtures.partnerKey(Fixtures.activeChapter());
        Map<String, String> cases = Map.of(
                "{\"targetUrl\":\"http://10.0.0.8/hook\",\"eventTypes\":[\"" + EventTypes.CHAPTER_ACTIVATED.name()
                        + "\"]}", "targetUrl",
                "{\"targetUrl\":\"http://2130706433/\",\"eventTypes\":[\"" + EventTypes.CHAPTER_ACTIVATED.name()
                        + "\"]}", "targetUrl",
                "{\"targetUrl\":\"http://127.0.0.1:9/\",\"eventTypes\":[\"" + EventTypes.API_KEY_ISSUED.name()
                        + "\"]}", "eventTypes[0]",
                "{\"targetUrl\":\"http://127.0.0.1:9/\",\"eventTypes\":[]}", "eventTypes",
                "{\"eventTypes\":[\"" + EventTypes.CHAPTER_ACTIVATED.name() + "\"]}", "targetUrl");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            given().header("X-API-Key", partner).contentType(ContentType.JSON).body(c.getKey())
                    .when().post("/api/webhook-subscriptions").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", org.hamcrest.Matchers.hasItem(c.getValue()));
        }
    }

    private static String body(UUID chapter) {
        return "{\"targetUrl\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\""
                + EventTypes.VOLUNTEER_STATUS_CHANGED.name() + "\"],\"description\":\"CRM sync\""
                + (chapter == null ? "" : ",\"chapterId\":\"" + chapter + "\"") + "}";
    }

    private static String dashboardKey() {
        return given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}").when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    private static void expect(Map<String, String[]> callers, String action, int anon, int forged, int unknown,
            int volunteer, int coA, int hq, int dash, int parB, int parA, int admin,
            Function<RequestSpecification, Response> call) {
        int[] expected = { anon, forged, unknown, volunteer, coA, hq, dash, parB, parA, admin };
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String[]> caller : callers.entrySet()) {
            int want = expected[i++];
            if (want == SKIP) {
                continue;
            }
            RequestSpecification s = given();
            if (caller.getValue() != null) {
                s = s.header(caller.getValue()[0], caller.getValue()[1]);
            }
            int got = call.apply(s.when()).statusCode();
            if (got != want) {
                wrong.add(caller.getKey() + ": " + got + " (expected " + want + ")");
            }
        }
        assertEquals(List.of(), wrong, action);
    }
}
