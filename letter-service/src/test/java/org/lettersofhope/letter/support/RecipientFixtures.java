package org.lettersofhope.letter.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.lettersofhope.commons.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Facilities and recipients made through the REST API as headquarters would, each call with data of its own (other
 * tests share the database).
 */
public final class RecipientFixtures {

    private RecipientFixtures() {
    }

    /** A headquarters coordinator: a coordinator token with the headquarters role. */
    public static String hq() {
        return TestTokens.bearer("coordinator", "headquarters");
    }

    public static Map<String, Object> facilityBody(String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Detention Center " + UUID.randomUUID().toString().substring(0, 8));
        body.put("operator", "CoreCivic");
        body.put("forProfit", true);
        body.put("addressLine1", "7488 Calzada de la Fuente");
        body.put("city", "San Diego");
        body.put("region", region);
        body.put("postalCode", "92154");
        body.put("refusedItems", List.of("GLITTER", "STICKERS", "COLORED_PAPER"));
        body.put("mailNotes", "Plain white paper only.");
        return body;
    }

    /** An active facility in {@code region}; answers its id. */
    public static UUID facility(String region) {
        return UUID.fromString(given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(facilityBody(region)).when().post("/api/facilities")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID facility() {
        return facility("US-CA");
    }

    /** Nine random digits after an A; collisions between tests are negligible. */
    public static String uniqueANumber() {
        return "A" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** A full name no other test uses, so that it can be searched for in responses, logs and records. */
    public static String uniqueFullName() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder surname = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            surname.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return "Ana " + surname;
    }

    public static Map<String, Object> registration(UUID facility, String fullName, String aNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("aNumber", aNumber);
        body.put("preferredLanguage", "es");
        body.put("facilityId", facility.toString());
        body.put("consentsToLetters", true);
        return body;
    }

    public static ValidatableResponse register(Map<String, Object> body) {
        return given().header("Authorization", hq()).contentType(ContentType.JSON).body(body)
                .when().post("/api/recipients").then();
    }

    /** A consenting, detained recipient at the facility; answers their id. */
    public static UUID recipient(UUID facility) {
        return UUID.fromString(register(registration(facility, uniqueFullName(), uniqueANumber()))
                .statusCode(201).extract().path("id"));
    }

    /** A consenting, detained recipient at a new facility of their own. */
    public static UUID recipient() {
        return recipient(facility());
    }

    /** Changes custody as headquarters; {@code facility} null for release and deportation. */
    public static ValidatableResponse changeCustody(UUID recipient, String status, UUID facility) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (facility != null) {
            body.put("facilityId", facility.toString());
        }
        return given().header("Authorization", hq()).contentType(ContentType.JSON).body(body)
                .when().post("/api/recipients/" + recipient + "/custody").then();
    }
}
