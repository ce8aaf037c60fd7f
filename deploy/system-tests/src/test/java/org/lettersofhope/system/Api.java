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

    /**
     * The exact count of a region, as a headquarters coordinator reads it (the public sees a region below 5 as "fewer
     * than 5"). {@code jwtPrivateKey} signs the coordinator's token.
     */
    static long registeredIn(String tallyUrl, String region, java.nio.file.Path jwtPrivateKey) {
        String coordinator = "Bearer " + org.lettersofhope.devinfra.DevTokens.sign(jwtPrivateKey,
                java.util.UUID.randomUUID().toString(), java.util.List.of("coordinator", "headquarters"), null,
                java.time.Duration.ofMinutes(10));
        Number n = given().baseUri(tallyUrl).header("Authorization", coordinator).when().get("/api/tallies/volunteers")
                .then().statusCode(200)
                .extract().path("byRegion.find { it.region == '" + region + "' }.count");
        return n == null ? 0 : n.longValue();
    }
}
