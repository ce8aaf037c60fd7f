package org.lettersofhope.volunteer.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.testing.TestTokens;

import io.restassured.http.ContentType;

/** Data the tests make through the API, as a client would. */
public final class Fixtures {

    public static final String ADMIN = TestTokens.bearer("admin");
    public static final String HQ = TestTokens.bearer("coordinator", "headquarters");

    private Fixtures() {
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID() + "@example.org";
    }

    /** A sign-up form; {@code extra} is spliced in as further JSON members (e.g. {@code "skills":["x"]}). */
    public static String form(String email, String extra) {
        return """
                {"firstName":"Maria","lastName":"Lopez","email":"%s","postalCode":"92101","region":"US-CA",
                 "city":"San Diego","languages":["es","en"],"roles":["WEEKLY_LETTER_WRITER"]%s}"""
                .formatted(email, extra == null || extra.isEmpty() ? "" : "," + extra);
    }

    /** Signs up and confirms through the link mailed to the address, as a person would; answers the volunteer id. */
    public static UUID register(String email, String extra) {
        // The link goes to the address as the service stores it (full-width or upper-case spellings collapse).
        String mailbox = Emails.normalize(email);
        int before = Mails.count(mailbox, Mails.SIGN_UP);
        given().contentType(ContentType.JSON).body(form(email, extra))
                .when().post("/api/volunteers")
                .then().statusCode(202);
        return confirm(Mails.next(mailbox, Mails.SIGN_UP, before).token());
    }

    /** Follows a sign-up link's token; answers the volunteer id. */
    public static UUID confirm(String token) {
        return UUID.fromString(given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/volunteers/confirmations")
                .then().statusCode(200).extract().path("volunteerId"));
    }

    public static UUID register() {
        return register(uniqueEmail("v"), null);
    }

    public static String tokenOf(UUID volunteer) {
        return TestTokens.bearerFor(volunteer, null, "volunteer");
    }

    public static String coordinatorOf(UUID chapter) {
        return TestTokens.bearerFor(UUID.randomUUID(), chapter, "coordinator");
    }

    /** A chapter proposed by a volunteer and activated by an admin. */
    public static UUID activeChapter() {
        UUID chapter = UUID.fromString(given().header("Authorization", TestTokens.bearer("volunteer"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"Chapter %s","region":"US-CA","facilityName":"Otay Mesa Detention Center",
                         "contactName":"Rosa M","contactEmail":"rosa@example.org"}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8)))
                .when().post("/api/chapters")
                .then().statusCode(201).extract().path("id"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/chapters/" + chapter + "/status")
                .then().statusCode(200);
        return chapter;
    }

    /** Puts a volunteer in a chapter, as headquarters. */
    public static void join(UUID volunteer, UUID chapter) {
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"chapterId\":\"" + chapter + "\"}")
                .when().put("/api/volunteers/" + volunteer + "/chapter")
                .then().statusCode(200);
    }

    /** A partner key of the chapter. */
    public static String partnerKey(UUID chapter) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"PARTNER\",\"chapterId\":\"" + chapter + "\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }
}
