package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The public sign-up is limited per client address. */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.rate-limit.limit", "5", "letters.rate-limit.period", "1M");
        }
    }

    @Test
    void publicSignUpBeyondTheLimitIsTooManyRequestsWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Fixtures.form(Fixtures.uniqueEmail("rl"), null))
                    .when().post("/api/volunteers").then().statusCode(202);
        }
        String retryAfter = given().contentType(ContentType.JSON).body(Fixtures.form(Fixtures.uniqueEmail("rl"), null))
                .when().post("/api/volunteers")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);
        // protected endpoints are not limited this way
        for (int i = 0; i < 8; i++) {
            given().header("Authorization", Fixtures.HQ).when().get("/api/volunteers").then().statusCode(200);
        }
    }
}
