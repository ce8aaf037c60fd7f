package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A flaky phone retrying with its Idempotency-Key never counts twice. */
@QuarkusTest
class ReportBackIdempotencyTest {

    static Response post(TestCampaign c, String key, String body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(c.path() + "/report-backs");
    }

    @Test
    void theSameKeyTwiceIsOneLedgerEntryAndTheSameAnswer() {
        TestCampaign c = TallyFixtures.campaign();
        String key = UUID.randomUUID().toString();
        Response first = post(c, key, reportBack("POSTCARD", 5));
        first.then().statusCode(201);
        Response again = post(c, key, reportBack("POSTCARD", 5));
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        report(c, reportBack("LETTER", 1));
        awaitTotal(c, "ACTIONS", 6);
        List<?> entries = given().header("Authorization", HQ).get(c.path() + "/ledger").then().extract()
                .path("items");
        assertEquals(2, entries.size());
    }

    @Test
    void theSameKeyWithADifferentReportBackOfOneSignedInCallerIsUnprocessable() {
        TestCampaign c = TallyFixtures.campaign();
        String key = UUID.randomUUID().toString();
        String caller = TestTokens.bearer("coordinator", "headquarters");
        given().header("Authorization", caller).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(reportBack("POSTCARD", 5)).when().post(c.path() + "/report-backs").then().statusCode(201);
        given().header("Authorization", caller).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(reportBack("POSTCARD", 6)).when().post(c.path() + "/report-backs").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("Idempotency-Key"));
        post(c, "has spaces in it", reportBack("POSTCARD", 6)).then().statusCode(400);
        awaitTotal(c, "ACTIONS", 5);
    }

    @Test
    void aRetriedBulkBatchCountsOnce() {
        TestCampaign c = TallyFixtures.campaign();
        String partner = TallyFixtures.apiKey(ApiKeyScope.PARTNER, TallyFixtures.activeChapter());
        String key = UUID.randomUUID().toString();
        String batch = "{\"entries\":[{\"actionType\":\"LETTER\",\"quantity\":40}]}";
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(batch).when().post(c.path() + "/report-backs/bulk")
                    .then().statusCode(201).body("quantity", equalTo(40));
        }
        report(c, reportBack("LETTER", 1));
        awaitTotal(c, "ACTIONS", 41);
    }
}
