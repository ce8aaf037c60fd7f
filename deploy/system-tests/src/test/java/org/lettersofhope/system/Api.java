package org.lettersofhope.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** The HTTP calls the flows make, as a frontend would. */
final class Api {

    private Api() {
    }

    static String register(String volunteerUrl, String firstName, String lastName, String email, String postalCode,
            String region) {
        return given().baseUri(volunteerUrl).contentType(ContentType.JSON)
                .body("""
                        {"firstName":"%s","lastName":"%s","email":"%s","postalCode":"%s","region":"%s",
                         "roles":["WEEKLY_LETTER_WRITER"]}""".formatted(firstName, lastName, email, postalCode, region))
                .when().post("/api/volunteers")
                .then().statusCode(202).extract().path("volunteerId");
    }

    static long registeredIn(String tallyUrl, String region) {
        Number n = given().baseUri(tallyUrl).when().get("/api/tallies/volunteers")
                .then().statusCode(200)
                .extract().path("byRegion.find { it.region == '" + region + "' }.count");
        return n == null ? 0 : n.longValue();
    }
}
