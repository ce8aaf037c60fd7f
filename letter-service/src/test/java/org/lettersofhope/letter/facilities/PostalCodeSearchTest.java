package org.lettersofhope.letter.facilities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.facilityBody;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Headquarters loads the postal-code table from CSV; the public then finds facilities by distance from a postal code.
 * Each test uses postal codes of its own (random) around a random point, in a region no other test uses.
 */
@QuarkusTest
class PostalCodeSearchTest {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final double lat = random.nextDouble(-60, 60);
    private final double lon = random.nextDouble(-170, 170);
    private final String code = "T" + random.nextInt(100_000, 999_999);
    private final String region = "ZZ-" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
            + random.nextInt(10);

    static ValidatableResponse upload(String credential, String csv) {
        return as(credential).contentType("text/csv").body(csv).when().post("/api/postal-codes/import").then();
    }

    private String row(String postalCode, double latitude, double longitude) {
        return String.format(Locale.ROOT, "ZZ,%s,%s,%.5f,%.5f\n", postalCode, region, latitude, longitude);
    }

    private String facility(String name, double dLat) {
        Map<String, Object> body = facilityBody(region);
        body.put("name", name + " " + region);
        body.put("latitude", lat + dLat);
        body.put("longitude", lon);
        return as(hq()).contentType(ContentType.JSON).body(body).when().post("/api/facilities").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void facilitiesAreFoundByDistanceFromAPostalCodeTheTableHolds() {
        upload(hq(), "country,postalCode,region,latitude,longitude\n" + row(code, lat, lon)).statusCode(200)
                .body("imported", equalTo(1)).body("rejectedCount", equalTo(0));
        String close = facility("Close", 0.05);
        String mid = facility("Mid", 0.5);
        facility("Far", 3.0);
        // the code is found however it is spelled: letter case and spaces do not matter
        given().queryParam("postalCode", " " + code.toLowerCase(Locale.ROOT)).queryParam("country", "zz")
                .queryParam("withinKm", 100).when().get("/api/public/facilities").then().statusCode(200)
                .body("items.id", contains(close, mid));

        // a second load moves the code: the search follows
        upload(hq(), "postalCode,latitude,longitude,country,region\n"
                + String.format(Locale.ROOT, "%s,%.5f,%.5f,ZZ,%s\n", code, lat + 3.0, lon, region)).statusCode(200);
        given().queryParam("postalCode", code).queryParam("country", "ZZ").queryParam("withinKm", 10).when()
                .get("/api/public/facilities").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].name", equalTo("Far " + region));
    }

    @Test
    void badRowsAreNamedAndNeverStopTheGoodOnes() {
        String good = code + "G";
        String csv = "Country,PostalCode,Region,Latitude,Longitude\n" + row(good, lat, lon)
                + row(good, lat, lon) // row 3: the same code again
                + String.format(Locale.ROOT, "ZZ,%s,US-CA,1,1\n", code + "R") // row 4: a region of another country
                + String.format(Locale.ROOT, "ZZ,%s,%s,91,1\n", code + "L", region) // row 5: latitude out of range
                + String.format(Locale.ROOT, "ZZ,%s,%s,north,1\n", code + "N", region) // row 6
                + String.format(Locale.ROOT, "ZZ,,%s,1,1\n", region); // row 7: no code
        upload(hq(), csv).statusCode(200).body("imported", equalTo(1)).body("rejectedCount", equalTo(5))
                .body("rejected.row", contains(3, 4, 5, 6, 7))
                .body("rejected[0].reason", containsString("row 2"))
                .body("rejected[1].reason", containsString("region"))
                .body("rejected[2].reason", containsString("latitude"))
                .body("rejected[4].reason", containsString("postalCode"));
        given().queryParam("postalCode", code + "L").queryParam("country", "ZZ").when()
                .get("/api/public/facilities").then().statusCode(400).body("violations.field", contains("postalCode"));
        given().queryParam("postalCode", good).queryParam("country", "ZZ").when().get("/api/public/facilities")
                .then().statusCode(200);
    }

    @Test
    void aFileThatIsNotTheTableWritesNothing() {
        String missing = code + "M";
        upload(hq(), "country,postalCode,latitude,longitude\nZZ," + missing + ",1,1\n").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("region"));
        upload(hq(), "country,postalCode,region,latitude,longitude,colour\nZZ," + missing + "," + region
                + ",1,1,red\n").statusCode(400).body("detail", containsString("colour"));
        upload(hq(), "country,postalCode,region,latitude,longitude\nZZ," + missing + "," + region + ",\"1,1\n")
                .statusCode(400).contentType("application/problem+json");
        as(hq()).contentType(ContentType.JSON).body("{}").when().post("/api/postal-codes/import").then()
                .statusCode(415);
        given().queryParam("postalCode", missing).queryParam("country", "ZZ").when().get("/api/public/facilities")
                .then().statusCode(400).body("violations.field", contains("postalCode"));
    }

    @Test
    void theSearchNamesWhatDoesNotFit() {
        given().queryParam("postalCode", code).when().get("/api/public/facilities").then().statusCode(400)
                .body("violations.field", contains("country"));
        given().queryParam("country", "US").when().get("/api/public/facilities").then().statusCode(400)
                .body("violations.field", contains("country"));
        given().queryParam("postalCode", code).queryParam("country", "USA").when().get("/api/public/facilities")
                .then().statusCode(400).body("violations.field", contains("country"));
        given().queryParam("postalCode", code).queryParam("country", "ZZ").queryParam("near", "1,1").when()
                .get("/api/public/facilities").then().statusCode(400).body("violations.field", contains("postalCode"));
        given().queryParam("postalCode", "x".repeat(21)).queryParam("country", "ZZ").when()
                .get("/api/public/facilities").then().statusCode(400);
    }

    @Test
    void onlyHeadquartersLoadsTheTable() {
        String csv = "country,postalCode,region,latitude,longitude\n" + row(code + "A", lat, lon);
        given().contentType("text/csv").body(csv).when().post("/api/postal-codes/import").then().statusCode(401)
                .contentType("application/problem+json");
        for (String credential : new String[] { volunteer(UUID.randomUUID()), coordinatorOf(UUID.randomUUID()),
                TestTokens.bearer("coordinator"),
                org.lettersofhope.letter.support.LetterFixtures.apiKey(
                        org.lettersofhope.shared.event.access.ApiKeyScope.PARTNER, UUID.randomUUID()),
                org.lettersofhope.letter.support.LetterFixtures.apiKey(
                        org.lettersofhope.shared.event.access.ApiKeyScope.DASHBOARD, null) }) {
            upload(credential, csv).statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("postalCode", code + "A").queryParam("country", "ZZ").when()
                .get("/api/public/facilities").then().statusCode(400);
        upload(TestTokens.bearer("admin"), csv).statusCode(200).body("imported", equalTo(1));
    }

    @Test
    void theShippedSampleLoads() throws Exception {
        Path sample = Path.of("..", "deploy", "data", "postal-codes-sample.csv");
        String csv = Files.readString(sample);
        long rows = csv.lines().count() - 1;
        upload(hq(), csv).statusCode(200).body("imported", equalTo((int) rows)).body("rejectedCount", equalTo(0));
        given().queryParam("postalCode", "92154").queryParam("country", "US").when().get("/api/public/facilities")
                .then().statusCode(200);
    }
}
