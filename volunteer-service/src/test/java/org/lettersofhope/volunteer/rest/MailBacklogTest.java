package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.problem.ProblemTypes;
import org.lettersofhope.volunteer.events.EventFixtures;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Mails the relay has not taken yet are bounded: past the bound a sign-up is refused with 503 and Retry-After before
 * anything is written, instead of being held in memory while the relay is down or slow; so is a guest's RSVP.
 */
@QuarkusTest
@TestProfile(MailBacklogTest.RelayDown.class)
class MailBacklogTest {

    /** One unsent mail at most, and a mail relay that refuses every connection (nothing listens on its port). */
    public static class RelayDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.confirmation.max-unsent", "1", "quarkus.mailer.port", Integer.toString(closedPort()));
        }

        private static int closedPort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    EntityManager em;

    @Test
    void refusesSignUpWithRetryAfterWhileMailsWaitForTheRelayAndWritesNothing() {
        String first = fillTheBound();

        String second = Fixtures.uniqueEmail("backlog-second");
        String retryAfter = given().contentType(ContentType.JSON).header("Idempotency-Key", "backlog-" + second)
                .body(Fixtures.form(second, null))
                .when().post("/api/volunteers")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.DEPENDENCY_UNAVAILABLE))
                .body("status", equalTo(503))
                .extract().header("Retry-After");
        assertEquals(5, Integer.parseInt(retryAfter));
        if (first != null) {
            assertEquals(1L, links(first), "the accepted sign-up holds its link");
        }
        assertEquals(0L, links(second), "the refused sign-up wrote nothing");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_record where key = :k")
                .setParameter("k", "backlog-" + second).getSingleResult()).longValue()),
                "nor kept its Idempotency-Key, so the same request may be sent again");
    }

    @Test
    void refusesGuestRsvpWithRetryAfterWhileMailsWaitForTheRelayAndWritesNothing() {
        String event = EventFixtures.approvedEvent(EventFixtures.plan());
        fillTheBound();
        String guest = Fixtures.uniqueEmail("backlog-guest");

        EventFixtures.rsvpAsGuest(event, "Guest", guest)
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemTypes.DEPENDENCY_UNAVAILABLE))
                .header("Retry-After", equalTo("5"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from event_rsvp where event_id = cast(:e as uuid)").setParameter("e", event)
                .getSingleResult()).longValue()), "the refused request holds no RSVP");
        assertEquals(0L, links(guest), "nor a link");
    }

    /**
     * One mail waiting for the refusing relay (retried for about fifteen seconds): the address of the sign-up that
     * made it wait, or null when a mail of an earlier test still waits and this sign-up was refused already.
     */
    private static String fillTheBound() {
        String email = Fixtures.uniqueEmail("backlog-first");
        int status = given().contentType(ContentType.JSON).body(Fixtures.form(email, null))
                .when().post("/api/volunteers").then().extract().statusCode();
        assertTrue(status == 202 || status == 503, "a sign-up is accepted or refused, not " + status);
        return status == 202 ? email : null;
    }

    private long links(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from email_confirmation where email = :e").setParameter("e", email)
                .getSingleResult()).longValue());
    }
}
