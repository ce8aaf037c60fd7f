package org.lettersofhope.letter.recipients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
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
import org.lettersofhope.letter.support.CustodyChangedRecorder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RecipientResourceTest {

    @Test
    void registersARecipientAndShowsHeadquartersTheDecryptedIdentifiers() {
        UUID facility = facility();
        String digits = uniqueANumber().substring(1);
        String spelled = "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        String id = register(registration(facility, "Ana Lucia Qortiz", spelled)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/recipients/"))
                .body("displayName", equalTo("Ana Q."))
                .body("fullName", equalTo("Ana Lucia Qortiz"))
                .body("aNumber", equalTo("A" + digits))
                .body("preferredLanguage", equalTo("es"))
                .body("custodyStatus", equalTo("DETAINED"))
                .body("consentsToLetters", equalTo(true))
                .body("facilityId", equalTo(facility.toString()))
                .extract().path("id");
        given().header("Authorization", hq()).when().get("/api/recipients/" + id)
                .then().statusCode(200).body("fullName", equalTo("Ana Lucia Qortiz"))
                .body("aNumber", equalTo("A" + digits));
    }

    @Test
    void eightDigitANumbersGetALeadingZeroAndAnySpellingFindsTheRecipient() {
        String eight = String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        String id = register(registration(facility(), uniqueFullName(), eight)).statusCode(201)
                .body("aNumber", equalTo("A0" + eight)).extract().path("id");
        for (String spelling : List.of("A0" + eight, "a " + eight, "0" + eight.substring(0, 4) + "-" + eight.substring(4),
                " A-0" + eight)) {
            given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("aNumber", spelling))
                    .when().post("/api/recipients/lookup")
                    .then().statusCode(200).body("id", equalTo(id));
        }
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("aNumber", uniqueANumber()))
                .when().post("/api/recipients/lookup").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void oneANumberIsOneRecipient() {
        String aNumber = uniqueANumber();
        register(registration(facility(), uniqueFullName(), aNumber)).statusCode(201);
        register(registration(facility(), uniqueFullName(), aNumber.substring(1))).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void malformedANumbersAreRejectedNamingTheField() {
        UUID facility = facility();
        for (String bad : List.of("A12345", "B123456789", "A1234567890", "12345678X", "A123;456789", "")) {
            register(registration(facility, uniqueFullName(), bad)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("aNumber"));
            given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("aNumber", bad))
                    .when().post("/api/recipients/lookup").then().statusCode(400)
                    .body("violations.field", hasItem("aNumber"));
        }
    }

    @Test
    void unknownOrInactiveFacilitiesAreUnprocessableNamingTheField() {
        register(registration(UUID.randomUUID(), uniqueFullName(), uniqueANumber())).statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", contains("facilityId"));
    }

    @Test
    void displayNamesAreFirstNameAndLastInitial() {
        Map<String, Object> body = registration(facility(), uniqueFullName(), uniqueANumber());
        body.put("displayName", "Ana Lopez");
        register(body).statusCode(400).body("violations.field", contains("displayName"));
        body.put("fullName", "Ana");
        body.remove("displayName");
        register(body).statusCode(400).body("violations.field", contains("displayName"));
        body.put("displayName", "María José L.");
        register(body).statusCode(201).body("displayName", equalTo("María José L."));
    }

    @Test
    void custodyMovesAlongItsAllowedPathsAndKeepsItsHistory() {
        UUID first = facility();
        UUID second = facility();
        UUID recipient = recipient(first);
        changeCustody(recipient, "TRANSFERRED", second).statusCode(200)
                .body("custodyStatus", equalTo("TRANSFERRED")).body("facilityId", equalTo(second.toString()));
        changeCustody(recipient, "TRANSFERRED", second).statusCode(400).body("violations.field", contains("facilityId"));
        changeCustody(recipient, "RELEASED", null).statusCode(200).body("custodyStatus", equalTo("RELEASED"))
                .body("facilityId", equalTo(second.toString()));
        changeCustody(recipient, "TRANSFERRED", first).statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("RELEASED"))
                .body("allowedNextStatuses", contains("DETAINED"));
        changeCustody(recipient, "DETAINED", null).statusCode(400).body("violations.field", contains("facilityId"));
        changeCustody(recipient, "DETAINED", first).statusCode(200).body("custodyStatus", equalTo("DETAINED"));

        given().header("Authorization", hq()).when().get("/api/recipients/" + recipient + "/custody")
                .then().statusCode(200)
                .body("toStatus", contains("DETAINED", "TRANSFERRED", "RELEASED", "DETAINED"))
                .body("[0].fromStatus", nullValue())
                .body("fromFacilityId", contains(null, first.toString(), second.toString(), second.toString()))
                .body("toFacilityId", contains(first.toString(), second.toString(), second.toString(),
                        first.toString()))
                .body("[1].changedBy", org.hamcrest.Matchers.notNullValue());

        List<CustodyChangedRecorder.Seen> seen = CustodyChangedRecorder.of(recipient);
        assertEquals(3, seen.size());
        assertTrue(seen.stream().allMatch(CustodyChangedRecorder.Seen::inTransaction),
                "observers run inside the change's transaction");
        assertTrue(seen.get(1).change().endsCustody());
        assertTrue(seen.get(0).change().movesFacility());
    }

    @Test
    void consentCanBeWithdrawnAndGivenAgain() {
        UUID recipient = recipient();
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", false))
                .when().put("/api/recipients/" + recipient + "/consent")
                .then().statusCode(200).body("consentsToLetters", equalTo(false));
        given().header("Authorization", hq()).when().get("/api/recipients?consentsToLetters=false&size=100"
                + "&updatedSince=" + java.time.Instant.now().minusSeconds(60))
                .then().statusCode(200).body("items.id", hasItem(recipient.toString()));
    }
}
