package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Whatever a client gets wrong, it gets problem+json back, never a stack trace. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void unknownRouteIsProblemNotFound() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/definitely/not/here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMethodIsProblemMethodNotAllowed() {
        given().when().delete("/api/volunteers")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIsProblemUnsupportedMediaType() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/volunteers")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsProblemPayloadTooLarge() {
        String huge = "{\"firstName\":\"" + "a".repeat(400 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/volunteers")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void errorsNeverCarryJavaClassNamesOrStackTraces() {
        given().contentType(ContentType.JSON).body("[1,2,3]")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")))
                .body(not(containsString("org.lettersofhope")));
    }
}
