package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Partners report in bulk with their key, for their own chapter only, all or nothing. */
@QuarkusTest
class PartnerBulkTest {

    static io.restassured.response.Response bulk(TestCampaign c, String key, String entries) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON).body("{\"entries\":[" + entries + "]}")
                .when().post(c.path() + "/report-backs/bulk");
    }

    @Test
    void aPartnerReportsForItsChapterWhichEntriesWithoutOneAreCreditedTo() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        String key = TallyFixtures.apiKey(ApiKeyScope.PARTNER, chapter);
        bulk(c, key, "{\"actionType\":\"LETTER\",\"quantity\":40},"
                + "{\"actionType\":\"POSTCARD\",\"quantity\":15,\"chapterId\":\"" + chapter + "\"}")
                .then().statusCode(201)
                .body("entries", equalTo(2))
                .body("quantity", equalTo(55))
                .body("entryIds", hasSize(2));
        awaitTotal(c, "ACTIONS", 55);
        given().header("Authorization", HQ).get(c.path() + "/tallies/breakdown?by=SOURCE")
                .then().body("cells.key", equalTo(List.of("BULK")));
        List<String> chapters = given().header("X-API-Key", key).get(c.path() + "/ledger")
                .then().statusCode(200).extract().path("items.chapterId");
        assertEquals(List.of(chapter.toString(), chapter.toString()), chapters);
    }

    @Test
    void aPartnerCannotReportForAnotherChapterAndNothingOfTheBatchCounts() {
        TestCampaign c = TallyFixtures.campaign();
        UUID mine = TallyFixtures.activeChapter();
        UUID other = TallyFixtures.activeChapter();
        String key = TallyFixtures.apiKey(ApiKeyScope.PARTNER, mine);
        bulk(c, key, "{\"actionType\":\"LETTER\",\"quantity\":40},"
                + "{\"actionType\":\"LETTER\",\"quantity\":15,\"chapterId\":\"" + other + "\"}")
                .then().statusCode(403).contentType("application/problem+json");
        bulk(c, key, "{\"actionType\":\"LETTER\",\"quantity\":40},"
                + "{\"actionType\":\"LETTER\",\"quantity\":15,\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .then().statusCode(422).body("violations.field", hasItem("entries[1].targetId"));
        report(c, reportBack("LETTER", 1));
        awaitTotal(c, "ACTIONS", 1);
    }

    @Test
    void oversizedOrEmptyBatchesAndAbsurdEntriesAreRefused() {
        TestCampaign c = TallyFixtures.campaign();
        String key = TallyFixtures.apiKey(ApiKeyScope.PARTNER, TallyFixtures.activeChapter());
        String entry = "{\"actionType\":\"LETTER\",\"quantity\":1}";
        bulk(c, key, String.join(",", java.util.Collections.nCopies(501, entry)))
                .then().statusCode(400).body("violations.field", hasItem("entries"));
        bulk(c, key, "").then().statusCode(400).body("violations.field", hasItem("entries"));
        bulk(c, key, entry + ",{\"actionType\":\"LETTER\",\"quantity\":10001}")
                .then().statusCode(400).body("violations.field", hasItem("entries[1].quantity"));
        bulk(c, key, entry + ",null").then().statusCode(400);
        bulk(c, key, "{\"actionType\":\"LETTER\",\"quantity\":1,\"occurredAt\":\"2999-01-01T00:00:00Z\"}")
                .then().statusCode(400).body("violations.field", hasItem("entries[0].occurredAt"));
    }

    @Test
    void headquartersCreditsAnyActiveChapterAndADashboardKeyMayNotReport() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"entries\":[{\"actionType\":\"EMAIL\",\"quantity\":8,\"chapterId\":\"" + chapter + "\"}]}")
                .when().post(c.path() + "/report-backs/bulk").then().statusCode(201);
        awaitTotal(c, "ACTIONS", 8);
        bulk(c, TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null), "{\"actionType\":\"EMAIL\",\"quantity\":8}")
                .then().statusCode(403);
    }
}
