package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.rest.RateLimitConfig;
import org.lettersofhope.commons.rest.RateLimited.Budget;
import org.lettersofhope.commons.rest.RateLimiter;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Public reads (totals, breakdowns, series, leaderboard, CSV export, the live stream) are limited per client address
 * too, from a budget of their own, and the budget is kept in PostgreSQL: a second instance of the service sees what
 * the first one took.
 */
@QuarkusTest
@TestProfile(PublicReadRateLimitTest.TightReads.class)
class PublicReadRateLimitTest {

    static final int LIMIT = 7;

    public static class TightReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.rate-limit.read-limit", Integer.toString(LIMIT), "letters.rate-limit.period", "1M");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    @Test
    void everyPublicReadTakesFromTheReadBudgetAndBeyondItIsTooManyRequests() throws SQLException {
        TestCampaign c = TallyFixtures.campaign();
        forgetBudgets();
        List<String> reads = List.of(c.path() + "/tallies", c.path() + "/tallies/breakdown",
                c.path() + "/tallies/series", c.path() + "/tallies/leaderboard", c.path() + "/tallies/export.csv",
                "/api/tallies", "/api/tallies/volunteers");
        for (String path : reads) {
            assertNotEquals(429, given().get(path).statusCode(), path);
        }
        for (String path : List.of(c.path() + "/tallies", c.path() + "/tallies/export.csv",
                c.path() + "/tallies/stream")) {
            String retryAfter = given().get(path).then().statusCode(429)
                    .contentType("application/problem+json").body("status", equalTo(429))
                    .extract().header("Retry-After");
            assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);
        }
        // Writes have a budget of their own.
        given().contentType("application/json").body(TallyFixtures.reportBack("LETTER", 1))
                .when().post(c.path() + "/report-backs").then().statusCode(201);
    }

    @Test
    void theBudgetLivesInPostgresSoAnotherInstanceSeesWhatThisOneTook() throws SQLException {
        TestCampaign c = TallyFixtures.campaign();
        forgetBudgets();
        for (int i = 0; i < 3; i++) {
            given().get(c.path() + "/tallies").then().statusCode(200);
        }
        List<String> buckets = readBuckets();
        assertEquals(1, buckets.size(), buckets.toString());
        // reads:<limit>/<period>s:<client>
        String client = buckets.get(0).substring(buckets.get(0).lastIndexOf("s:") + 2);

        // Another instance of the service: a limiter of its own, sharing nothing with this one but the database.
        RateLimiter otherInstance = new RateLimiter(dataSource, config);
        assertEquals(LIMIT - 3, otherInstance.available(Budget.READS, client));
        for (int i = 0; i < LIMIT - 3; i++) {
            assertEquals(0, otherInstance.take(Budget.READS, client));
        }
        assertTrue(otherInstance.take(Budget.READS, client) > 0, "the other instance's budget is used up too");
        given().get(c.path() + "/tallies").then().statusCode(429);
    }

    private void forgetBudgets() throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.executeUpdate("delete from rate_limit_bucket");
        }
    }

    private List<String> readBuckets() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select id from rate_limit_bucket where id like 'reads:%'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
