package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.Mailbox;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A public sign-up changes nobody's data until the address's owner follows the link mailed to it; the answer is the
 * same for a known and a new address; a later sign-up never erases what it leaves out.
 */
@QuarkusTest
class SignUpConfirmationTest {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    EntityManager em;

    static ValidatableResponse signUp(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/volunteers").then();
    }

    static ValidatableResponse confirm(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/volunteers/confirmations").then();
    }

    Volunteer read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Volunteer v = volunteers.findById(id);
            em.detach(v);
            return v;
        });
    }

    @Test
    void aSignUpWithAKnownEmailIsAnsweredLikeANewOneAndChangesNothingUntilConfirmed() {
        String email = Fixtures.uniqueEmail("known");
        UUID id = Fixtures.register(email, "\"phone\":\"+1 619 555 0100\",\"skills\":[\"translation\"]");

        String known = signUp(Fixtures.form(email.toUpperCase(), "\"roles\":[\"QUICK_NOTES\"]")
                .replace("\"Maria\"", "\"Mallory\"").replace(",\"roles\":[\"WEEKLY_LETTER_WRITER\"]", ""))
                .statusCode(202).extract().asString();
        String fresh = signUp(Fixtures.form(Fixtures.uniqueEmail("fresh"), null)).statusCode(202).extract().asString();
        assertEquals(fresh, known, "same status and body whether the email is known or not");
        assertFalse(known.contains(id.toString()));

        Volunteer untouched = read(id);
        assertEquals("Maria", untouched.firstName);
        assertEquals("+1 619 555 0100", untouched.phone);
        assertEquals("WEEKLY_LETTER_WRITER", String.join(",", untouched.roles));

        // The owner follows the second link: the sign-up's fields apply, and what it left out stays.
        Mailbox.Mail second = Mails.next(email, Mails.SIGN_UP, 1);
        assertTrue(second.text().contains("You already have a profile"), second.text());
        confirm(second.token()).statusCode(200).body("volunteerId", equalTo(id.toString()))
                .body("status", equalTo("CONFIRMED"));
        Volunteer changed = read(id);
        assertEquals("Mallory", changed.firstName);
        assertEquals("QUICK_NOTES", String.join(",", changed.roles));
        assertEquals("+1 619 555 0100", changed.phone, "a field the sign-up left out is not erased");
        assertEquals("translation", String.join(",", changed.skills));
        assertEquals(untouched.emailConfirmedAt, changed.emailConfirmedAt);
    }

    @Test
    void aNewSignUpIsNobodyUntilConfirmedAndConsentIsRecordedWithItsTime() {
        String email = Fixtures.uniqueEmail("optin");
        Instant before = Instant.now();
        signUp(Fixtures.form(email, "\"contactConsent\":true")).statusCode(202);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> volunteers.count("email", email)));

        Mailbox.Mail mail = Mails.first(email, Mails.SIGN_UP);
        assertTrue(mail.text().startsWith("Hello Maria,"), mail.text());
        assertTrue(mail.link().startsWith("http://localhost:3000/confirm/sign-up?token="), mail.link());
        UUID id = UUID.fromString(confirm(mail.token()).statusCode(200).extract().path("volunteerId"));
        Volunteer v = read(id);
        assertTrue(v.contactConsent);
        assertNotNull(v.contactConsentAt);
        assertFalse(v.contactConsentAt.isBefore(before));
        assertEquals(v.contactConsentAt, v.emailConfirmedAt, "consent takes effect when the address is confirmed");
        given().header("Authorization", Fixtures.tokenOf(id)).when().get("/api/me")
                .then().statusCode(200).body("emailConfirmedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void unknownUsedAndExpiredLinksAreOneAndTheSameProblem() {
        String email = Fixtures.uniqueEmail("once");
        signUp(Fixtures.form(email, null)).statusCode(202);
        String token = Mails.first(email, Mails.SIGN_UP).token();
        confirm(token).statusCode(200);
        String used = confirm(token).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("token")).extract().asString();
        String unknown = confirm("B".repeat(43)).statusCode(400).extract().asString();
        assertEquals(unknown, used);

        String late = Fixtures.uniqueEmail("late");
        signUp(Fixtures.form(late, null)).statusCode(202);
        String lateToken = Mails.first(late, Mails.SIGN_UP).token();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update email_confirmation "
                + "set expires_at = now() - interval '1 second' where email = ?1").setParameter(1, late)
                .executeUpdate());
        assertEquals(unknown, confirm(lateToken).statusCode(400).extract().asString());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> volunteers.count("email", late)));

        confirm("too short").statusCode(400).body("violations[0].field", equalTo("token"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/volunteers/confirmations")
                .then().statusCode(400).body("violations[0].field", equalTo("token"));
    }

    @Test
    void signUpsBeyondTheOpenLinkLimitAreAnsweredAlikeAndMailNothing() {
        String email = Fixtures.uniqueEmail("flood");
        for (int i = 0; i < 6; i++) {
            signUp(Fixtures.form(email, null)).statusCode(202).body("status", equalTo("CHECK_YOUR_EMAIL"));
        }
        Mails.next(email, Mails.SIGN_UP, 2);
        Fixtures.register();
        assertEquals(3, Mails.count(email, Mails.SIGN_UP));
    }
}
