package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.volunteer.domain.ChapterRepository;
import org.lettersofhope.volunteer.events.EventFixtures;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The shared Idempotency-Key store, on the creating endpoints of volunteer-service. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    ChapterRepository chapters;

    private static String proposal(String name) {
        return """
                {"name":"%s","region":"US-TX","facilityName":"Port Isabel Service Processing Center",
                 "contactName":"Ana R","contactEmail":"ana@example.org"}""".formatted(name);
    }

    private static ValidatableResponse propose(String token, String key, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/chapters").then();
    }

    @Test
    void aRetriedChapterProposalAnswersTheFirstAndCreatesOne() {
        String founder = TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer");
        String name = "Chapter " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        String first = propose(founder, key, proposal(name)).statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        propose(founder, key, proposal(name)).statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/chapters/" + first))
                .body("id", equalTo(first))
                .body("name", equalTo(name));

        assertEquals(1, chapters.count("name", name));
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefused() {
        String founder = TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer");
        String key = UUID.randomUUID().toString();
        String name = "Chapter " + UUID.randomUUID();
        propose(founder, key, proposal(name)).statusCode(201);

        propose(founder, key, proposal(name + " (edited)")).statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, chapters.count("name", name + " (edited)"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String name = "Chapter " + UUID.randomUUID();
        String one = propose(TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer"), key, proposal(name))
                .statusCode(201).extract().path("id");
        String other = propose(TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer"), key, proposal(name))
                .statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");

        assertEquals(2, chapters.count("name", name));
        assertEquals(false, one.equals(other));
    }

    @Test
    void concurrentRetriesCreateOneRecordAndAllAnswerIt() throws Exception {
        String founder = TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer");
        String key = UUID.randomUUID().toString();
        String name = "Chapter " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> propose(founder, key, proposal(name)).statusCode(201).extract().path("id"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, chapters.count("name", name));
    }

    @Test
    void aKeyThatIsNotPrintableAsciiIsABadRequest() {
        String founder = TestTokens.bearerFor(UUID.randomUUID(), null, "volunteer");
        String name = "Chapter " + UUID.randomUUID();
        propose(founder, "has spaces in it", proposal(name)).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
        propose(founder, "k".repeat(101), proposal(name)).statusCode(400);
        assertEquals(0, chapters.count("name", name));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String host = EventFixtures.volunteer(UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        Map<String, Object> plan = EventFixtures.plan();
        plan.put("chapterId", UUID.randomUUID().toString());
        given().header("Authorization", host).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan).when().post("/api/events").then().statusCode(422);

        plan.remove("chapterId");
        given().header("Authorization", host).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan).when().post("/api/events")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRetriedSignUpAnswersTheSameReceiptAndMailsOnce() {
        String email = Fixtures.uniqueEmail("retry");
        String key = UUID.randomUUID().toString();
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Fixtures.form(email, null)).when().post("/api/volunteers")
                .then().statusCode(202).header("Idempotent-Replayed", nullValue()).extract().asString();
        String replayed = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Fixtures.form(email, null)).when().post("/api/volunteers")
                .then().statusCode(202).header("Idempotent-Replayed", equalTo("true")).extract().asString();
        assertEquals(first, replayed);
        Mails.first(email, Mails.SIGN_UP);
        // A later mail has arrived, so a second one for the retry would have too.
        Fixtures.register();
        assertEquals(1, Mails.count(email, Mails.SIGN_UP));
    }
}
