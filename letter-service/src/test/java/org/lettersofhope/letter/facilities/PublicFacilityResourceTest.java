package org.lettersofhope.letter.facilities;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.letter.support.RecipientFixtures.facilityBody;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The public finds active facilities by region or by distance from a point, and sees only what is public of them.
 * Each test works around a random point and in a region code no other test uses, so other tests' facilities do not
 * show.
 */
@QuarkusTest
class PublicFacilityResourceTest {

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final double lat = random.nextDouble(-60, 60);
    private final double lon = random.nextDouble(-170, 170);
    private final String region = "ZZ-" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
            + random.nextInt(10);

    /** Numbers read as doubles (RestAssured reads floats by default, too coarse for coordinates). */
    private static io.restassured.specification.RequestSpecification api() {
        return io.restassured.RestAssured.given().config(io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private String add(String name, double dLat, boolean active) {
        Map<String, Object> body = facilityBody(region);
        body.put("name", name + " " + region);
        body.put("latitude", lat + dLat);
        body.put("longitude", lon);
        body.put("active", active);
        return create(body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return api().header("Authorization", hq()).contentType(ContentType.JSON).body(body).when()
                .post("/api/facilities").then();
    }

    private String near() {
        return String.format(Locale.ROOT, "%.5f,%.5f", lat, lon);
    }

    @Test
    void findsActiveFacilitiesWithinTheDistanceNearestFirst() {
        String far = add("Far", 3.0, true); // about 334 km north
        String mid = add("Mid", 0.5, true); // about 56 km
        String close = add("Close", 0.05, true); // about 5.6 km
        add("Closed", 0.01, false);

        api().queryParam("near", near()).queryParam("withinKm", 100).when().get("/api/public/facilities").then()
                .statusCode(200).body("items.id", contains(close, mid))
                .body("items[0].distanceKm", closeTo(5.6, 0.2)).body("items[1].distanceKm", closeTo(55.6, 0.3));
        api().queryParam("near", near()).queryParam("withinKm", 1000).queryParam("size", 2).when()
                .get("/api/public/facilities").then().statusCode(200).body("items.id", contains(close, mid))
                .body("hasNext", equalTo(true));
        api().queryParam("near", near()).queryParam("withinKm", 1000).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/public/facilities").then().statusCode(200).body("items.id", contains(far))
                .body("hasNext", equalTo(false));
        api().queryParam("near", near()).queryParam("withinKm", 1).when().get("/api/public/facilities").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void aRegionListsItsActiveFacilitiesByNameWithoutTheirAddressOrNotes() {
        String b = add("Bravo", 0.2, true);
        String a = add("Alpha", 0.4, true);
        String closed = add("Charlie", 0.3, false);

        api().queryParam("region", region.toLowerCase(Locale.ROOT)).when().get("/api/public/facilities").then()
                .statusCode(200).body("items.id", contains(a, b)).body("items[0].distanceKm", nullValue())
                .body("items[0].region", equalTo(region)).body("items[0].city", equalTo("San Diego"))
                .body("items[0].refusedItems", hasItem("GLITTER"))
                .body("items[0].latitude", closeTo(lat + 0.4, 1e-6))
                .body("items[0].addressLine1", nullValue()).body("items[0].postalCode", nullValue())
                .body("items[0].mailNotes", nullValue()).body("items[0].active", nullValue());
        api().when().get("/api/public/facilities/" + a).then().statusCode(200).body("name", equalTo("Alpha " + region))
                .body("operator", equalTo("CoreCivic")).body("forProfit", equalTo(true));
        api().when().get("/api/public/facilities/" + closed).then().statusCode(404);
        // headquarters still sees everything, coordinates included
        api().header("Authorization", hq()).when().get("/api/facilities/" + a).then().statusCode(200)
                .body("postalCode", equalTo("92154")).body("longitude", closeTo(lon, 1e-6));
    }

    @Test
    void rejectsAPointOrDistanceItCannotUse() {
        for (String bad : new String[] { "91,0", "0,181", "north", "32.1", "32.1,-117.2,5", "1e3,2" }) {
            api().queryParam("near", bad).when().get("/api/public/facilities").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("near"));
        }
        for (int km : new int[] { 0, 20_001 }) {
            api().queryParam("near", "32.7,-117.1").queryParam("withinKm", km).when().get("/api/public/facilities")
                    .then().statusCode(400).body("violations.field", hasItem("withinKm"));
        }
        api().queryParam("withinKm", 50).when().get("/api/public/facilities").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("withinKm"));
        api().when().get("/api/public/facilities/not-an-id").then().statusCode(404);
    }

    @Test
    void rejectsCoordinatesOutOfRangeOrWithoutTheirPair() {
        Map<String, Object> body = facilityBody(region);
        body.put("latitude", 95.0);
        body.put("longitude", 10.0);
        create(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("latitude"));
        body.put("latitude", 10.0);
        body.put("longitude", -180.5);
        create(body).statusCode(400).body("violations.field", contains("longitude"));
        body.remove("longitude");
        create(body).statusCode(400).body("violations.field", contains("longitude"));
        body.remove("latitude");
        body.put("longitude", 10.0);
        create(body).statusCode(400).body("violations.field", contains("latitude"));
        // nothing was written by the refused requests
        api().queryParam("region", region).when().get("/api/public/facilities").then().statusCode(200)
                .body("items", empty());
    }
}
