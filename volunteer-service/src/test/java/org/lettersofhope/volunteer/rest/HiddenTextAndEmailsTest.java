package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.volunteer.support.Fixtures.HQ;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.events.EventFixtures;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Text that reads differently from what it holds is refused: bidi overrides, zero-width and separator characters in
 * titles, notes and meeting links. An email typed in full-width (or any other compatibility) form is the same person
 * as its plain form, and a look-alike domain mixing scripts is refused.
 */
@QuarkusTest
class HiddenTextAndEmailsTest {

    @Inject
    VolunteerRepository volunteers;

    static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return out.toString();
    }

    @Test
    void bidiOverridesAndInvisibleCharactersInAnEventAreRefusedNamingTheField() {
        String host = EventFixtures.volunteer(UUID.randomUUID());
        Map<String, Object> plan = EventFixtures.plan();
        plan.put("title", "Letters night \u202Egnp.exe");
        EventFixtures.post(host, plan).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("title"));

        plan = EventFixtures.plan();
        plan.put("description", "Bring a pen.\u2028And\u200B stamps.");
        EventFixtures.post(host, plan).statusCode(400).body("violations.field", contains("description"));

        plan = EventFixtures.plan();
        plan.put("format", "VIRTUAL");
        EventFixtures.location(plan).remove("streetAddress");
        EventFixtures.location(plan).put("meetingUrl", "https://meet.example.org/\u202Etxt.exe");
        EventFixtures.post(host, plan).statusCode(400).body("violations.field", hasItem("location.meetingUrl"));

        // Persian is written with the zero-width non-joiner: a description may hold it.
        plan = EventFixtures.plan();
        plan.put("description", "نامه\u200Cها را بیاورید");
        EventFixtures.post(host, plan).statusCode(201);
    }

    @Test
    void aFullWidthEmailIsTheSamePersonAsItsPlainForm() {
        String taken = Fixtures.uniqueEmail("taken");
        Fixtures.register(taken, null);
        UUID id = Fixtures.register();
        String etag = given().header("Authorization", Fixtures.tokenOf(id)).when().get("/api/me")
                .then().extract().header("ETag");
        given().header("Authorization", Fixtures.tokenOf(id)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.form(fullWidth(taken), null))
                .when().put("/api/volunteers/" + id)
                .then().statusCode(409).contentType("application/problem+json");

        String plain = Fixtures.uniqueEmail("wide");
        String csv = VolunteerImportTest.HEADER
                + "Ana,Diaz," + plain + ",92101,US-CA,WEEKLY_LETTER_WRITER,es,,yes\n"
                + "Ana,Diaz," + fullWidth(plain.toUpperCase()) + ",92101,US-CA,WEEKLY_LETTER_WRITER,es,,yes\n";
        given().header("Authorization", HQ).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/volunteers/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected[0].reason", equalTo("same email as row 2"));

        String signedUpWide = Fixtures.uniqueEmail("signup");
        Fixtures.register(fullWidth(signedUpWide), null);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> volunteers.count("email", signedUpWide)));
    }

    @Test
    void aLookAlikeDomainMixingScriptsIsRefused() {
        given().contentType(ContentType.JSON).body(Fixtures.form("maria@ex\u0430mple.org", null))
                .when().post("/api/volunteers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("email"));
        given().contentType(ContentType.JSON).body(Fixtures.form("ma\u202Eria@example.org", null))
                .when().post("/api/volunteers")
                .then().statusCode(400).body("violations.field", contains("email"));
    }
}
