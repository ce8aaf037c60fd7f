package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TallyResourceTest {

    @Test
    void volunteerTallyIsPublicAndShaped() {
        given().when().get("/api/tallies/volunteers")
                .then().statusCode(200)
                .contentType("application/json")
                .body("total", greaterThanOrEqualTo(0));
    }

    @Test
    void tallyReadsRejectWrites() {
        given().when().post("/api/tallies/volunteers")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
