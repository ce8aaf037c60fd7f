package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.lettersofhope.letter.support.CampaignFixtures.officialForm;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Officials carry the place they answer to (level, jurisdiction, chamber, district) and how to reach them; a
 * volunteer finds their own from their region and districts. Each test works in a country code no other test uses.
 */
@QuarkusTest
class OfficialsByPlaceTest {

    // Consecutive letters from a random start: the tests of one run never share a country (with a random letter each,
    // two of five did in about a third of the runs, and one test saw the other's president).
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_COUNTRY =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(26));

    private final String country = "Q" + (char) ('A' + NEXT_COUNTRY.getAndIncrement() % 26);
    private final String region = country + "-" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + ThreadLocalRandom.current().nextInt(10, 99);

    private Map<String, Object> seat(String name, String level, String jurisdiction, String chamber, String district) {
        Map<String, Object> form = officialForm();
        form.put("name", name + " " + region);
        form.put("level", level);
        form.put("jurisdiction", jurisdiction);
        form.put("chamber", chamber);
        form.put("district", district);
        return form;
    }

    private static ValidatableResponse create(Map<String, Object> form) {
        return as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/officials").then();
    }

    private String add(String name, String level, String jurisdiction, String chamber, String district) {
        return create(seat(name, level, jurisdiction, chamber, district)).statusCode(201).extract().path("id");
    }

    @Test
    void aVolunteerFindsTheOfficialsOfTheirPlaceFederalFirst() {
        String president = add("A President", "FEDERAL", country, "EXECUTIVE", null);
        String usSenator = add("B Senator", "FEDERAL", region, "UPPER", null);
        String member51 = add("C Member", "FEDERAL", region, "LOWER", "51");
        add("D Member", "FEDERAL", region, "LOWER", "52");
        String governor = add("E Governor", "STATE", region, "EXECUTIVE", null);
        String senator39 = add("F Senator", "STATE", region, "UPPER", "39");
        add("G Senator", "STATE", region, "UPPER", "40");
        add("H Governor", "STATE", country + "-ZZ9", "EXECUTIVE", null);

        given().queryParam("region", region.toLowerCase()).queryParam("district", "STATE:UPPER:39")
                .queryParam("district", "federal:lower:51").when().get("/api/officials/representing").then()
                .statusCode(200).body("items.id", contains(president, usSenator, member51, governor, senator39));
        given().queryParam("region", region).when().get("/api/officials/representing").then().statusCode(200)
                .body("items.id", contains(president, usSenator, governor));
    }

    @Test
    void officialsAreFilteredByLevelJurisdictionChamberAndDistrict() {
        String usSenator = add("B Senator", "FEDERAL", region, "UPPER", null);
        String senator39 = add("F Senator", "STATE", region, "UPPER", "39");
        String senator40 = add("G Senator", "STATE", region, "UPPER", "40");
        add("E Governor", "STATE", region, "EXECUTIVE", null);
        given().queryParam("jurisdiction", region).queryParam("chamber", "UPPER").when().get("/api/officials")
                .then().statusCode(200).body("items.id", containsInAnyOrder(usSenator, senator39, senator40));
        given().queryParam("level", "STATE").queryParam("jurisdiction", region.toLowerCase())
                .queryParam("district", "39").when().get("/api/officials").then().statusCode(200)
                .body("items.id", contains(senator39));
        given().queryParam("level", "GALACTIC").when().get("/api/officials").then().statusCode(400)
                .body("violations.field", contains("level"));
        given().queryParam("jurisdiction", "California").when().get("/api/officials").then().statusCode(400);
    }

    @Test
    void anOfficialsContactsAndDistrictOfficeAreKept() {
        Map<String, Object> form = seat("F Senator", "STATE", region, "UPPER", "39");
        Map<String, Object> office = new HashMap<>();
        office.put("line1", "1350 Front St");
        office.put("city", "San Diego");
        office.put("region", region);
        office.put("postalCode", "92101");
        form.put("districtOffice", office);
        form.put("phone", "+1 916 651 4039");
        form.put("districtPhone", "+1 619 645 3133");
        form.put("email", "Senator.Example@Senate.example.gov");
        form.put("contactFormUrl", "https://sd39.senate.example.gov/contact");
        String id = create(form).statusCode(201).extract().path("id");
        given().when().get("/api/officials/" + id).then().statusCode(200).body("level", equalTo("STATE"))
                .body("jurisdiction", equalTo(region)).body("chamber", equalTo("UPPER"))
                .body("district", equalTo("39")).body("districtOffice.line1", equalTo("1350 Front St"))
                .body("districtOffice.country", equalTo(country)).body("phone", equalTo("+1 916 651 4039"))
                .body("districtPhone", equalTo("+1 619 645 3133"))
                .body("email", equalTo("senator.example@senate.example.gov"))
                .body("contactFormUrl", equalTo("https://sd39.senate.example.gov/contact"));
    }

    @Test
    void aPlaceThatDoesNotHoldTogetherIsRefusedWithTheFieldNamed() {
        create(seat("X", "STATE", null, null, null)).statusCode(400).body("violations.field", contains("jurisdiction"));
        create(seat("X", null, region, null, null)).statusCode(400).body("violations.field", contains("level"));
        create(seat("X", "STATE", region, "EXECUTIVE", "3")).statusCode(400)
                .body("violations.field", contains("district"));
        create(seat("X", "FEDERAL", country, "LOWER", "3")).statusCode(400)
                .body("violations.field", contains("district"));
        create(seat("X", "STATE", region, "SENATE", null)).statusCode(400);
        Map<String, Object> badContacts = seat("X", "STATE", region, "UPPER", "39");
        badContacts.put("phone", "call me");
        badContacts.put("contactFormUrl", "http://insecure.example.gov");
        badContacts.put("email", "not-an-email");
        create(badContacts).statusCode(400).body("violations.field",
                containsInAnyOrder("phone", "contactFormUrl", "email"));
        given().queryParam("jurisdiction", region).when().get("/api/officials").then()
                .body("items.size()", equalTo(0));

        given().when().get("/api/officials/representing").then().statusCode(400)
                .body("violations.field", contains("region"));
        for (String district : new String[] { "STATE:UPPER", "STATE:MIDDLE:3", "STATE:UPPER:3:4", "PLANET:UPPER:1" }) {
            given().queryParam("region", region).queryParam("district", district).when()
                    .get("/api/officials/representing").then().statusCode(400)
                    .body("violations.field", contains("district"));
        }
    }

    private static ValidatableResponse upload(String path, String csv) {
        return as(hq()).contentType("text/csv").body(csv).when().post(path).then();
    }

    @Test
    void aPostalCodeGivesThePlaceAndItsDistricts() {
        String code = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String president = add("A President", "FEDERAL", country, "EXECUTIVE", null);
        String member51 = add("C Member", "FEDERAL", region, "LOWER", "51");
        String senator39 = add("F Senator", "STATE", region, "UPPER", "39");
        String senator40 = add("G Senator", "STATE", region, "UPPER", "40");
        upload("/api/postal-codes/import", "country,postalCode,region,latitude,longitude\n" + country + "," + code
                + "," + region + ",1,1\n").statusCode(200).body("imported", equalTo(1));
        upload("/api/postal-districts/import", "country,postalCode,level,chamber,district\n"
                + country + "," + code + ",FEDERAL,LOWER,51\n"
                + country + "," + code + ",state,upper,39\n"
                + country + "," + code + ",STATE,EXECUTIVE,1\n" // row 4: an executive has no district
                + country + ",NOSUCH1,STATE,UPPER,39\n") // row 5: a code the table does not have
                .statusCode(200).body("imported", equalTo(2)).body("rejected.row", contains(4, 5));
        given().queryParam("postalCode", code.toLowerCase()).queryParam("country", country).when()
                .get("/api/officials/representing").then().statusCode(200)
                .body("items.id", contains(president, member51, senator39));

        // redistricting: a new file replaces the code's districts
        upload("/api/postal-districts/import", "country,postalCode,level,chamber,district\n"
                + country + "," + code + ",STATE,UPPER,40\n").statusCode(200).body("imported", equalTo(1));
        given().queryParam("postalCode", code).queryParam("country", country).when()
                .get("/api/officials/representing").then().statusCode(200)
                .body("items.id", contains(president, senator40));

        given().queryParam("postalCode", "NOSUCH1").queryParam("country", country).when()
                .get("/api/officials/representing").then().statusCode(400)
                .body("violations.field", contains("postalCode"));
        given().queryParam("postalCode", code).when().get("/api/officials/representing").then().statusCode(400)
                .body("violations.field", contains("country"));
        given().queryParam("postalCode", code).queryParam("country", country).queryParam("region", region).when()
                .get("/api/officials/representing").then().statusCode(400)
                .body("violations.field", contains("postalCode"));
        for (String credential : new String[] { org.lettersofhope.letter.support.LetterFixtures.volunteer(
                java.util.UUID.randomUUID()), org.lettersofhope.letter.support.LetterFixtures.coordinatorOf(
                        java.util.UUID.randomUUID()) }) {
            as(credential).contentType("text/csv").body("country,postalCode,level,chamber,district\n").when()
                    .post("/api/postal-districts/import").then().statusCode(403);
        }
        given().contentType("text/csv").body("country,postalCode,level,chamber,district\n").when()
                .post("/api/postal-districts/import").then().statusCode(401);
    }
}
