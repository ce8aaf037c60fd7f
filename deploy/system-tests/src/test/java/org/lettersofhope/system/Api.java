package org.lettersofhope.system;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.lettersofhope.devinfra.Mailbox;

import io.restassured.http.ContentType;

/** The HTTP calls the flows make, as a frontend would. */
final class Api {

    private Api() {
    }

    /**
     * Signs up and confirms through the link the service mailed to the address, as a person would; answers the
     * volunteer id (a sign-up's own answer carries none).
     */
    static String register(String volunteerUrl, Mailbox mail, String firstName, String lastName, String email,
            String postalCode, String region) {
        int before = signUpMails(mail, email).size();
        signUp(volunteerUrl, firstName, lastName, email, postalCode, region);
        List<Mailbox.Mail> mails = mail.awaitAll(email, SIGN_UP, before + 1, Duration.ofSeconds(30));
        if (mails.size() <= before) {
            throw new AssertionError("no sign-up confirmation mail within 30 s");
        }
        return confirm(volunteerUrl, mails.get(before).token());
    }

    static final String SIGN_UP = "Confirm your sign-up";

    static List<Mailbox.Mail> signUpMails(Mailbox mail, String email) {
        return mail.messagesTo(email).stream().filter(m -> m.subject().contains(SIGN_UP)).toList();
    }

    static void signUp(String volunteerUrl, String firstName, String lastName, String email, String postalCode,
            String region) {
        given().baseUri(volunteerUrl).contentType(ContentType.JSON)
                .body("""
                        {"firstName":"%s","lastName":"%s","email":"%s","postalCode":"%s","region":"%s",
                         "roles":["WEEKLY_LETTER_WRITER"]}""".formatted(firstName, lastName, email, postalCode, region))
                .when().post("/api/volunteers")
                .then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("CHECK_YOUR_EMAIL"));
    }

    static String confirm(String volunteerUrl, String token) {
        return given().baseUri(volunteerUrl).contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/volunteers/confirmations")
                .then().statusCode(200).extract().path("volunteerId");
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

    /** Headquarters registers a facility and a consenting recipient held there; answers the recipient's id. */
    static String detainedRecipient(SystemUnderTest.Service letters, String hq) {
        String facility = SystemUnderTest.at(letters, hq).body(Map.of("name", "Otay Mesa Detention Center",
                "forProfit", true, "addressLine1", "7488 Calzada de la Fuente", "city", "San Diego",
                "region", "US-CA", "postalCode", "92154"))
                .when().post("/api/facilities").then().statusCode(201).extract().path("id");
        return SystemUnderTest.at(letters, hq).body(Map.of("fullName", "Ana Lucia Lopez",
                "aNumber", "A201-555-" + (100 + new java.util.Random().nextInt(900)), "preferredLanguage", "es",
                "facilityId", facility, "consentsToLetters", true))
                .when().post("/api/recipients").then().statusCode(201).extract().path("id");
    }
}
