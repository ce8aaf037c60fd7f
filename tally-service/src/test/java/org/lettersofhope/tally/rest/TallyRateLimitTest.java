package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The public report-back is limited per client address; reads take from a budget of their own. */
@QuarkusTest
@TestProfile(TallyRateLimitTest.Tight.class)
class TallyRateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.rate-limit.limit", "5", "letters.rate-limit.period", "1M");
        }
    }

    @Test
    void reportBacksBeyondTheLimitAreTooManyRequestsWithRetryAfter() {
        TestCampaign c = TallyFixtures.campaign();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(TallyFixtures.reportBack("LETTER", 1))
                    .when().post(c.path() + "/report-backs").then().statusCode(201);
        }
        String retryAfter = given().contentType(ContentType.JSON).body(TallyFixtures.reportBack("LETTER", 1))
                .when().post(c.path() + "/report-backs")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);
        TallyFixtures.awaitTotal(c, "ACTIONS", 5);
        for (int i = 0; i < 8; i++) {
            given().get(c.path() + "/tallies").then().statusCode(200);
        }
    }
}
