package org.lettersofhope.letter.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.facilityBody;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;
import static org.lettersofhope.letter.support.RecipientFixtures.register;
import static org.lettersofhope.letter.support.RecipientFixtures.registration;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Malformed, hostile and oversized input gets a problem naming what is wrong: never a 500, never half a record. */
@QuarkusTest
class BadInputTest {

    static ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", hq()).contentType(ContentType.JSON).body(body).when().post(path)
                .then().contentType("application/problem+json");
    }

    @Test
    void hostileFacilityDetailsAreRefusedFieldByField() {
        Map<String, Object> body = facilityBody("US-CA");
        body.put("name", "<img src=x onerror=alert(1)>");
        body.put("operator", "GEO\u0000Group");
        body.put("city", "x".repeat(101));
        body.put("region", "California");
        body.put("refusedItems", List.of("GLITTER", "ANTHRAX"));
        post("/api/facilities", body).statusCode(400).body("violations.field", hasItem("refusedItems[1]"));
        body.put("refusedItems", List.of("GLITTER"));
        post("/api/facilities", body).statusCode(400)
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("operator"))
                .body("violations.field", hasItem("city"))
                .body("violations.field", hasItem("region"))
                .body("detail", not(containsString("onerror")));
        body = facilityBody("US-CA");
        body.put("forProfit", "perhaps");
        post("/api/facilities", body).statusCode(400).body("violations.field", contains("forProfit"));
    }

    @Test
    void hostileRecipientDetailsAreRefusedAndNothingIsWritten() {
        UUID facility = facility();
        String aNumber = uniqueANumber();
        Map<String, Object> body = registration(facility, "Robert'); DROP TABLE recipient;--", aNumber);
        body.put("preferredLanguage", "español");
        body.put("displayName", "<b>Bob</b> T.");
        register(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("preferredLanguage"))
                .body("violations.field", hasItem("displayName"));
        body = registration(facility, "x".repeat(201), aNumber);
        register(body).statusCode(400).body("violations.field", contains("fullName"));
        body = registration(facility, uniqueFullName(), aNumber);
        body.put("facilityId", "not-a-uuid");
        register(body).statusCode(400).body("violations.field", contains("facilityId"));
        body.put("facilityId", facility.toString());
        body.remove("consentsToLetters");
        register(body).statusCode(400).body("violations.field", contains("consentsToLetters"));
        // none of the refused registrations claimed the A-Number
        register(registration(facility, uniqueFullName(), aNumber)).statusCode(201);
    }

    @Test
    void unknownEnumValuesAndBadParametersAreNamed() {
        UUID recipient = recipient();
        post("/api/recipients/" + recipient + "/custody", Map.of("status", "ESCAPED")).statusCode(400)
                .body("violations.field", contains("status"));
        post("/api/recipients/" + recipient + "/custody", Map.of("status", "TRANSFERRED",
                "facilityId", UUID.randomUUID().toString())).statusCode(422)
                .body("violations.field", contains("facilityId"));
        for (String query : List.of("custodyStatus=FREE", "facilityId=xyz", "updatedSince=soon", "page=-1",
                "size=0")) {
            given().header("Authorization", hq()).when().get("/api/recipients?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        for (String number : List.of("page=abc", "size=1e3", "size=99999999999")) {
            given().header("Authorization", hq()).when().get("/api/recipients?" + number).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains(number.substring(0, number.indexOf('='))))
                    .body("violations.message", contains("must be a whole number"));
        }
        given().when().get("/api/public/facilities?near=32.57,-116.92&withinKm=far").then().statusCode(400)
                .body("violations.field", contains("withinKm"));
        given().when().get("/api/public/facilities?near=32.57").then().statusCode(400)
                .body("violations.field", contains("near"));
        given().header("Authorization", hq()).when().get("/api/mail-batches?status=LOST").then().statusCode(400)
                .body("violations.field", contains("status"));
        given().header("Authorization", hq()).when().get("/api/recipients/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", hq()).contentType(ContentType.TEXT).body("aNumber=A123456789")
                .when().post("/api/recipients/lookup").then().statusCode(415)
                .contentType("application/problem+json");
        post("/api/recipients/lookup", "{\"aNumber\":").statusCode(400).body("title", equalTo("Malformed JSON"));
        post("/api/mail-batches", Map.of("facilityId", UUID.randomUUID().toString())).statusCode(422)
                .body("violations.field", contains("facilityId"));
    }
}
