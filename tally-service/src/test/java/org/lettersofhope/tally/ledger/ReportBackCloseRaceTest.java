package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Report-backs race a campaign's close, which comes from letter-service through the real broker: once the close is
 * applied here every report-back is refused, and the ones accepted between the close and its arrival are not counted.
 */
@QuarkusTest
class ReportBackCloseRaceTest {

    record Attempt(Instant sent, int status, String id) {
    }

    @Test
    void noReportBackAcceptedAfterTheCloseIsCounted() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    Instant sent = Instant.now();
                    Response r = given().contentType(ContentType.JSON).body(TallyFixtures.reportBack("LETTER", 1))
                            .post(c.path() + "/report-backs");
                    attempts.add(new Attempt(sent, r.statusCode(), r.statusCode() == 201 ? r.path("id") : null));
                }
                return null;
            });
        }
        Instant observedClosed;
        Instant closedAt;
        try {
            // Counted report-backs well before the close time, and the race still on.
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> attempts.stream()
                    .anyMatch(a -> a.status() == 201 && a.sent().isBefore(Instant.now().minusMillis(800)))
                    && attempts.size() >= 30);
            // letter-service closed the campaign a moment ago; the close is on its way through Kafka.
            closedAt = Instant.now().minusMillis(300).truncatedTo(ChronoUnit.MICROS);
            TallyFixtures.publish(EventTypes.CAMPAIGN_CLOSED, new CampaignClosed(c.id(), CampaignKind.ADVOCACY,
                    closedAt));
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> "CLOSED".equals(given().get(c.path() + "/tallies").path("status")));
            observedClosed = Instant.now();
            int seen = attempts.size();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> attempts.size() >= seen + 30);
        } finally {
            stop.set(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }

        List<Attempt> all = new ArrayList<>(attempts);
        for (Attempt a : all) {
            assertTrue(a.status() == 201 || a.status() == 409, "only counted or closed: " + a);
            if (a.sent().isAfter(observedClosed)) {
                assertEquals(409, a.status(), "sent after the close was applied: " + a);
            }
        }
        Map<String, Map<String, Object>> ledger = ledger(c);
        long accepted = all.stream().filter(a -> a.status() == 201).count();
        assertEquals(accepted, ledger.size(), "every 201 is in the ledger, nothing else");
        long before = 0;
        long after = 0;
        for (Attempt a : all) {
            if (a.status() != 201) {
                continue;
            }
            Map<String, Object> entry = ledger.get(a.id());
            boolean late = Instant.parse((String) entry.get("recordedAt")).isAfter(closedAt);
            assertEquals(!late, entry.get("counted"), "counted unless recorded after the close: " + entry);
            if (late) {
                after++;
            } else {
                before++;
            }
        }
        assertTrue(before > 0 && after > 0, "the race put report-backs on both sides of the close time: " + before
                + " before, " + after + " after");
        long expected = before;
        TallyFixtures.awaitTotal(c, "ACTIONS", expected);
        assertEquals(expected, given().get(c.path() + "/tallies").then().statusCode(200).extract().jsonPath()
                .getLong("totals.ACTIONS"), "the public total counts only what came before the close");
        JsonPath audit = given().header("Authorization", HQ).get(c.path() + "/tallies/contributions?size=100")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(audit.getList("items.quantity", Integer.class).contains(-1),
                "the withdrawals are in the audit trail");
    }

    /** Headquarters' view of the campaign's ledger, by entry id. */
    static Map<String, Map<String, Object>> ledger(TestCampaign c) {
        Map<String, Map<String, Object>> entries = new HashMap<>();
        for (int page = 0;; page++) {
            JsonPath p = given().header("Authorization", HQ).get(c.path() + "/ledger?size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.forEach(e -> entries.put((String) e.get("id"), e));
            if (!p.getBoolean("hasNext")) {
                return entries;
            }
        }
    }
}
