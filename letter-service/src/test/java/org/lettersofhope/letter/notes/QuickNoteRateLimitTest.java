package org.lettersofhope.letter.notes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The public quick note is limited per client address. */
@QuarkusTest
@TestProfile(QuickNoteRateLimitTest.Tight.class)
class QuickNoteRateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.rate-limit.limit", "5", "letters.rate-limit.period", "1M");
        }
    }

    @Test
    void quickNotesBeyondTheLimitAreTooManyRequestsWithRetryAfter() {
        recipient();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "Hello " + i))
                    .when().post("/api/quick-notes").then().statusCode(202);
        }
        String retryAfter = given().contentType(ContentType.JSON).body(Map.of("text", "One more"))
                .when().post("/api/quick-notes")
                .then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                .extract().header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);
        // protected endpoints are not limited this way
        for (int i = 0; i < 8; i++) {
            given().header("Authorization", hq()).when().get("/api/letters?size=1").then().statusCode(200);
        }
    }
}
