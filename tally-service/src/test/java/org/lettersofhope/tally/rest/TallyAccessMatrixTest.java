package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what: reads and the public report-back are open; bulk, adjustments, the ledger, the audit and the
 * rebuild answer 401 to anonymous callers, 403 to roles that can never, 404 for unknown campaigns.
 */
@QuarkusTest
class TallyAccessMatrixTest {

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
        as(null).get(c.path() + "/tallies/contributions").then().statusCode(401);
        as(null).post("/api/admin/tallies/rebuild").then().statusCode(401);
        as("Bearer not.a.token").get(c.path() + "/ledger").then().statusCode(401);
        as("loh_00000000000000000000000000000000_nope").get(c.path() + "/ledger").then().statusCode(401);

        // roles that can never: 403
        for (String who : new String[] { volunteer, dashboard }) {
            as(who).contentType(ContentType.JSON).body(bulk).post(c.path() + "/report-backs/bulk")
                    .then().statusCode(403);
            as(who).get(c.path() + "/ledger").then().statusCode(403);
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
        }

        // allowed
        as(partner).contentType(ContentType.JSON).body(bulk).post(c.path() + "/report-backs/bulk")
                .then().statusCode(201);
        as(partner).get(c.path() + "/ledger").then().statusCode(200);
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
        as(TallyFixtures.HQ).get(unknown + "/tallies/contributions").then().statusCode(404);
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
