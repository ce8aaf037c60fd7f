package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.problem.ProblemTypes;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Mails the relay has not taken yet are bounded: past the bound a sign-up is refused with 503 and Retry-After before
 * anything is written, instead of being held in memory while the relay is down or slow.
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
        String first = Fixtures.uniqueEmail("backlog-first");
        given().contentType(ContentType.JSON).body(Fixtures.form(first, null))
                .when().post("/api/volunteers").then().statusCode(202);
        // its mail is now retried against the refusing relay for about fifteen seconds

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
        assertEquals(1L, links(first), "the accepted sign-up holds its link");
        assertEquals(0L, links(second), "the refused sign-up wrote nothing");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_record where key = :k")
                .setParameter("k", "backlog-" + second).getSingleResult()).longValue()),
                "nor kept its Idempotency-Key, so the same request may be sent again");
    }

    private long links(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from email_confirmation where email = :e").setParameter("e", email)
                .getSingleResult()).longValue());
    }
}
