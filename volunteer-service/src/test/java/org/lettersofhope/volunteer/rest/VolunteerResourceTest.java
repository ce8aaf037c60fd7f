package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class VolunteerResourceTest {

    @Inject
    VolunteerRepository volunteers;

    static String form(String email) {
        return """
                {"firstName":"Maria","lastName":"Lopez","email":"%s","postalCode":"92101","region":"us-ca",
                 "roles":["WEEKLY_LETTER_WRITER","EVENT_HOST"]}""".formatted(email);
    }

    static String uniqueEmail() {
        return "maria." + UUID.randomUUID() + "@example.org";
    }

    @Test
    void registersVolunteerOnceConfirmedAndNormalisesEmailAndRegion() {
        String email = uniqueEmail();
        given().contentType(ContentType.JSON).body(form(email.toUpperCase()))
                .when().post("/api/volunteers")
                .then().statusCode(202)
                .body("status", equalTo("CHECK_YOUR_EMAIL"))
                .body("volunteerId", nullValue());
        String id = Fixtures.confirm(Mails.first(email, Mails.SIGN_UP).token()).toString();

        QuarkusTransaction.requiringNew().run(() -> {
            var v = volunteers.findById(UUID.fromString(id));
            assertEquals(email, v.email);
            assertEquals("US-CA", v.region);
            assertNotNull(v.emailConfirmedAt);
        });
    }

    @Test
    void rejectsRegistrationWithMissingAndInvalidFieldsListingEachField() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"firstName":"","email":"not-an-email","postalCode":"92101","region":"California",
                         "roles":[]}""")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:lettersofhope:problem:validation"))
                .body("violations.field", hasItems("email", "firstName", "lastName", "region", "roles"))
                .body("violations.field", not(hasItem("city")))
                .body("violations.field", not(hasItem("postalCode")));
    }

    @Test
    void rejectsUnknownRoleNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(form(uniqueEmail()).replace("EVENT_HOST", "ASTRONAUT"))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("roles[1]"))
                .body("violations[0].message", startsWith("must be one of"));
    }

    @Test
    void rejectsFieldOfTheWrongType() {
        given().contentType(ContentType.JSON)
                .body(form(uniqueEmail()).replace("\"92101\"", "{\"zip\":1}"))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("postalCode"));
    }

    @Test
    void rejectsMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"firstName\": \"Maria\",")
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void rejectsMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsMarkupAndControlCharactersInNames() {
        given().contentType(ContentType.JSON)
                .body(form(uniqueEmail()).replace("\"Lopez\"", "\"<script>alert(1)</script>\""))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("lastName"));
        given().contentType(ContentType.JSON)
                .body(form(uniqueEmail()).replace("\"Lopez\"", "\"Lo\\u0000pez\""))
                .when().post("/api/volunteers")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
