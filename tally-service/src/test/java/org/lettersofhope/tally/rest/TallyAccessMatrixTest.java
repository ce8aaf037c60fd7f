package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what: reads and the public report-back are open; bulk, adjustments, the ledger, the audit and the
 * rebuild answer 401 to anonymous callers, 403 to roles that can never, 404 for unknown campaigns. And for every kind
 * of caller: who a report-back may name as its reporter, who sees exact figures (breakdowns and the live stream)
 * and who protected ones, and that no one may drive a count below zero.
 */
@QuarkusTest
class TallyAccessMatrixTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** A kind of caller: its credentials, its volunteer id if it is a person, and whether it sees exact figures. */
    record Kind(String name, String credential, UUID subject, boolean exact, int adjusts) {
    }

    static List<Kind> everyKind(UUID chapter) {
        UUID volunteer = UUID.randomUUID();
        UUID coordinator = UUID.randomUUID();
        UUID hq = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        return List.of(new Kind("anonymous", null, null, false, 401),
                new Kind("volunteer", TestTokens.bearerFor(volunteer, null, "volunteer"), volunteer, false, 403),
                new Kind("chapter coordinator", TestTokens.bearerFor(coordinator, chapter, "coordinator"),
                        coordinator, true, 422),
                new Kind("headquarters", TestTokens.bearerFor(hq, null, "coordinator", "headquarters"), hq, true,
                        422),
                new Kind("admin", TestTokens.bearerFor(admin, null, "admin"), admin, true, 422),
                new Kind("partner key", TallyFixtures.apiKey(ApiKeyScope.PARTNER, chapter), null, false, 403),
                new Kind("dashboard key", TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null), null, true, 403));
    }

    @Test
    void theTrustRulesHoldForEveryKindOfCaller() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        UUID other = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":30,\"chapterId\":\"" + chapter + "\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":2,\"chapterId\":\"" + other + "\"}");
        // One event in one chapter: its total would be that chapter's count, so the public does not get it.
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK,
                "/volunteer-service", new EventReportedBack(UUID.randomUUID(), CommunityEventKind.POSTCARD_PARTY,
                        LocalDate.now(), "US-CA", chapter, c.id(), 0, 0, 9, 1, Instant.now())));
        TallyFixtures.awaitTotal(c, "EVENTS_HELD", 1);
        TallyFixtures.awaitTotal(c, "ACTIONS", 32);
        UUID stranger = UUID.randomUUID();
        for (Kind k : everyKind(chapter)) {
            // The reporter is the caller, never someone the body names.
            as(k.credential()).contentType(ContentType.JSON).body("{\"actionType\":\"CALL\",\"quantity\":1,"
                    + "\"reporterId\":\"" + stranger + "\"}").post(c.path() + "/report-backs").then()
                    .statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("reporterId"));
            if (k.subject() != null) {
                as(k.credential()).contentType(ContentType.JSON).body("{\"actionType\":\"CALL\",\"quantity\":1,"
                        + "\"reporterId\":\"" + k.subject() + "\"}").post(c.path() + "/report-backs").then()
                        .statusCode(201);
            }
            // Exact figures for insiders, protected ones for everyone else: breakdowns and the live stream.
            Object hiddenCount = as(k.credential()).get(c.path() + "/tallies/breakdown?by=CHAPTER").then()
                    .statusCode(200).extract().path("cells.find { it.key == '" + other + "' }.count");
            assertEquals(k.exact(), hiddenCount != null, k.name() + " sees the small chapter's count");
            JsonNode streamed = firstStreamed(c, k.credential());
            assertEquals(k.exact(), streamed.path("totals").path("EVENTS_HELD").isNumber(),
                    k.name() + " is streamed the withheld total: " + streamed);
            // No one takes a count below zero: a stand-alone adjustment only adds.
            as(k.credential()).contentType(ContentType.JSON).body("{\"quantity\":-1,\"actionType\":\"LETTER\","
                    + "\"chapterId\":\"" + chapter + "\",\"reason\":\"take one away\"}").post(c.path() + "/adjustments")
                    .then().statusCode(k.adjusts());
        }
    }

    JsonNode firstStreamed(TestCampaign c, String credential) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()
                + "/tallies/stream")).header("Accept", "text/event-stream");
        if (credential != null) {
            request.header(credential.startsWith("loh_") ? "X-API-Key" : "Authorization", credential);
        }
        HttpResponse<java.io.InputStream> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("data:")) {
                    return new ObjectMapper().readTree(line.substring(5).trim());
                }
            }
        }
        throw new AssertionError("no event on the stream");
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : token.startsWith("loh_") ? given().header("X-API-Key", token)
                : given().header("Authorization", token);
    }

    @Test
    void protectedOperationsRefuseTheWrongCallers() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        String entry = report(c, reportBack("LETTER", 1));
        String volunteer = TestTokens.bearer("volunteer");
        String dashboard = TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null);
        String partner = TallyFixtures.apiKey(ApiKeyScope.PARTNER, chapter);
        String chapterCoordinator = TestTokens.bearerFor(UUID.randomUUID(), chapter, "coordinator");
        String bulk = "{\"entries\":[{\"actionType\":\"LETTER\",\"quantity\":1}]}";
        String adjustment = "{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-1,\"reason\":\"audit test\"}";

        // anonymous: 401
        as(null).contentType(ContentType.JSON).body(bulk).post(c.path() + "/report-backs/bulk").then().statusCode(401);
        as(null).contentType(ContentType.JSON).body(adjustment).post(c.path() + "/adjustments").then().statusCode(401);
        as(null).get(c.path() + "/ledger").then().statusCode(401);
        as(null).get(c.path() + "/ledger/" + entry).then().statusCode(401);
        as(null).get(c.path() + "/tallies/contributions").then().statusCode(401);
        as(null).post("/api/admin/tallies/rebuild").then().statusCode(401);
        as(null).post("/api/admin/tallies/rebuild?from=log").then().statusCode(401);
        as("Bearer not.a.token").get(c.path() + "/ledger").then().statusCode(401);
        as("loh_00000000000000000000000000000000_nope").get(c.path() + "/ledger").then().statusCode(401);

        // roles that can never: 403
        for (String who : new String[] { volunteer, dashboard }) {
            as(who).contentType(ContentType.JSON).body(bulk).post(c.path() + "/report-backs/bulk")
                    .then().statusCode(403);
            as(who).get(c.path() + "/ledger").then().statusCode(403);
            as(who).get(c.path() + "/ledger/" + entry).then().statusCode(403);
        }
        for (String who : new String[] { volunteer, dashboard, partner }) {
            as(who).contentType(ContentType.JSON).body(adjustment).post(c.path() + "/adjustments")
                    .then().statusCode(403);
            as(who).get(c.path() + "/tallies/contributions").then().statusCode(403);
        }
        as(partner).get(c.path() + "/tallies/contributions").then().statusCode(403);
        as(chapterCoordinator).get(c.path() + "/tallies/contributions").then().statusCode(403);
        for (String who : new String[] { volunteer, dashboard, partner, chapterCoordinator, TallyFixtures.HQ }) {
            as(who).post("/api/admin/tallies/rebuild").then().statusCode(403);
            as(who).post("/api/admin/tallies/rebuild?from=log").then().statusCode(403);
        }
        // an unknown source is a 400 naming the parameter, before anything is rebuilt; an admin may rebuild from
        // either (both are idempotent on this shared database: RebuildTest and RebuildFromLogTest check the figures)
        as(TallyFixtures.ADMIN).post("/api/admin/tallies/rebuild?from=elsewhere").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", org.hamcrest.Matchers.hasItem("from"));
        as(TallyFixtures.ADMIN).post("/api/admin/tallies/rebuild").then().statusCode(200);
        as(TallyFixtures.ADMIN).post("/api/admin/tallies/rebuild?from=log").then().statusCode(202)
                .body("consumers", org.hamcrest.Matchers.hasItem("tally-ledger"));

        // allowed
        as(partner).contentType(ContentType.JSON).body(bulk).post(c.path() + "/report-backs/bulk")
                .then().statusCode(201);
        as(partner).get(c.path() + "/ledger").then().statusCode(200);
        // The public report-back's entry is in no chapter: headquarters and admins read it, a chapter's callers not.
        as(partner).get(c.path() + "/ledger/" + entry).then().statusCode(404);
        as(chapterCoordinator).get(c.path() + "/ledger/" + entry).then().statusCode(404);
        as(TallyFixtures.HQ).get(c.path() + "/ledger/" + entry).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(entry));
        as(TestTokens.bearer("admin")).get(c.path() + "/ledger/" + entry).then().statusCode(200);
        as(TallyFixtures.HQ).contentType(ContentType.JSON).body(adjustment).post(c.path() + "/adjustments")
                .then().statusCode(201);
        as(TallyFixtures.HQ).get(c.path() + "/tallies/contributions").then().statusCode(200);
        as(dashboard).get(c.path() + "/tallies").then().statusCode(200);

        // unknown campaign: 404 for those who may
        String unknown = "/api/campaigns/" + UUID.randomUUID();
        as(partner).contentType(ContentType.JSON).body(bulk).post(unknown + "/report-backs/bulk")
                .then().statusCode(404);
        as(TallyFixtures.HQ).contentType(ContentType.JSON).body(adjustment).post(unknown + "/adjustments")
                .then().statusCode(404);
        as(TallyFixtures.HQ).get(unknown + "/ledger").then().statusCode(404);
        as(TallyFixtures.HQ).get(unknown + "/ledger/" + entry).then().statusCode(404);
        as(TallyFixtures.HQ).get(c.path() + "/ledger/" + UUID.randomUUID()).then().statusCode(404);
        as(TallyFixtures.HQ).get(unknown + "/tallies/contributions").then().statusCode(404);
    }

    @Test
    void aReportBacksLocationIsWhereHeadquartersReadsItsEntry() {
        TestCampaign c = TallyFixtures.campaign();
        String location = given().contentType(ContentType.JSON).body(reportBack("LETTER", 2))
                .when().post(c.path() + "/report-backs").then().statusCode(201).extract().header("Location");
        as(TallyFixtures.HQ).get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("quantity", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void anotherChaptersEntriesCannotBeSeenOrCorrectedByGuessingIds() {
        TestCampaign c = TallyFixtures.campaign();
        UUID theirs = TallyFixtures.activeChapter();
        UUID mine = TallyFixtures.activeChapter();
        String entry = report(c, "{\"actionType\":\"LETTER\",\"quantity\":3,\"chapterId\":\"" + theirs + "\"}");
        String partner = TallyFixtures.apiKey(ApiKeyScope.PARTNER, mine);
        as(partner).get(c.path() + "/ledger").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(partner).get(c.path() + "/ledger/" + entry).then().statusCode(404);
        as(TallyFixtures.apiKey(ApiKeyScope.PARTNER, theirs)).get(c.path() + "/ledger/" + entry)
                .then().statusCode(200).body("chapterId", org.hamcrest.Matchers.equalTo(theirs.toString()));
        as(TestTokens.bearerFor(UUID.randomUUID(), mine, "coordinator")).contentType(ContentType.JSON)
                .body("{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-1,\"reason\":\"guessing\"}")
                .post(c.path() + "/adjustments").then().statusCode(422);
    }

    @Test
    void aCoordinatorOfNoChapterActsForNoneAndSeesWhatThePublicSees() {
        TestCampaign c = TallyFixtures.campaign();
        String entry = report(c, reportBack("LETTER", 1));
        String nobodys = TestTokens.bearer("coordinator");
        as(nobodys).get(c.path() + "/ledger").then().statusCode(403).contentType("application/problem+json");
        // As for another chapter's coordinator: no entry it may correct, and no chapter to count for.
        as(nobodys).contentType(ContentType.JSON)
                .body("{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-1,\"reason\":\"no chapter\"}")
                .post(c.path() + "/adjustments").then().statusCode(422);
        as(nobodys).contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":5,\"reason\":\"no chapter\"}")
                .post(c.path() + "/adjustments").then().statusCode(403);
        as(nobodys).get(c.path() + "/tallies/contributions").then().statusCode(403);
        // A small chapter's cell stays hidden from it, as from the public; headquarters sees it.
        UUID small = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":2,\"chapterId\":\"" + small + "\"}");
        TallyFixtures.awaitTotal(c, "ACTIONS", 3);
        String cell = "cells.find { it.key == '" + small + "' }.count";
        as(TallyFixtures.HQ).get(c.path() + "/tallies/breakdown?by=CHAPTER").then().statusCode(200)
                .body(cell, org.hamcrest.Matchers.equalTo(2));
        as(nobodys).get(c.path() + "/tallies/breakdown?by=CHAPTER").then().statusCode(200)
                .body(cell, org.hamcrest.Matchers.nullValue());
    }
}
