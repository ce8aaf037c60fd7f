package org.lettersofhope.letter.access;

import static org.hamcrest.Matchers.equalTo;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.IdentityRulesTestBase;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.problem.ProblemTypes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The token rules on letter-service's endpoints (see the base class); a volunteer who left or erased themselves in
 * volunteer-service logs no letter and asks for no reimbursement here once the event has come through the broker.
 */
@QuarkusTest
class LetterIdentityRulesTest extends IdentityRulesTestBase {

    @Override
    protected List<Probe> probes() {
        return List.of(
                new Probe("GET", "/api/letters", null, "volunteer"),
                new Probe("GET", "/api/recipients", null, "coordinator", "headquarters"),
                new Probe("POST", "/api/letters", "{}", "volunteer"),
                new Probe("POST", "/api/quick-notes", "{}", "volunteer"));
    }

    @Override
    protected Probe volunteerWrite() {
        return new Probe("POST", "/api/reimbursements", "{}", "volunteer");
    }

    static Map<String, Object> reimbursement() {
        Map<String, Object> body = new HashMap<>();
        body.put("amountCents", 2060);
        body.put("currency", "USD");
        body.put("items", List.of(Map.of("kind", "STAMPS", "quantity", 20, "amountCents", 1460),
                Map.of("kind", "POSTCARDS", "quantity", 10, "amountCents", 600)));
        body.put("receiptReference", "USPS receipt 4021-7781");
        return body;
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @Test
    void aVolunteerWhoLeftLogsNoLetterAndAsksForNoReimbursement() {
        UUID writer = UUID.randomUUID();
        String token = volunteer(writer);
        UUID recipient = recipient(facility());
        VolunteerEvents.statusChanged(writer, VolunteerStatus.ACTIVE, VolunteerStatus.LEFT, null, "US-CA");

        // An empty body is refused as invalid until the news arrives, and nothing is written while waiting.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> post(token, "/api/letters", "{}").extract().statusCode() == 403);
        post(token, "/api/letters", letterBody(recipient)).statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(ProblemTypes.VOLUNTEER_LEFT));
        post(token, "/api/reimbursements", reimbursement()).statusCode(403)
                .body("type", equalTo(ProblemTypes.VOLUNTEER_LEFT));
        as(token).when().get("/api/me/reimbursements").then().statusCode(200);
        // Someone else still may.
        post(volunteer(UUID.randomUUID()), "/api/reimbursements", reimbursement()).statusCode(201);
    }

    @Test
    void anErasedVolunteersTokenLogsNothing() {
        UUID writer = UUID.randomUUID();
        String token = volunteer(writer);
        UUID recipient = recipient(facility());
        VolunteerEvents.erased(writer, null);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(token).when().get("/api/me/reimbursements").statusCode() == 401);
        post(token, "/api/letters", letterBody(recipient)).statusCode(401).contentType("application/problem+json");
        post(token, "/api/reimbursements", reimbursement()).statusCode(401);
        // The same person's token with more roles is no better.
        post(TestTokens.bearerFor(writer, null, "volunteer", "coordinator", "headquarters"), "/api/letters",
                letterBody(recipient)).statusCode(401);
    }
}
