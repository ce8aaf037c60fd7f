package org.lettersofhope.tally.live;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Server-Sent Events, read by a real HTTP client while report-backs are posted. */
@QuarkusTest
class LiveStreamTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static JsonNode json(String data) {
        try {
            return JSON.readTree(data.trim());
        } catch (java.io.IOException e) {
            throw new AssertionError("an event that is not JSON: " + data, e);
        }
    }

    /** One watcher: the JSON documents of its stream's events, as they arrive. */
    final class Watcher implements AutoCloseable {
        final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        final CompletableFuture<HttpResponse<Stream<String>>> response;

        Watcher(TestCampaign c) {
            response = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()
                    + "/tallies/stream")).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> {
                assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse("")
                        .split(";")[0]);
                r.body().filter(l -> l.startsWith("data:"))
                        .forEach(l -> events.add(json(l.substring(5))));
            });
        }

        /** Waits for an event whose ACTIONS total is the expected one; answers how long that took, in ms. */
        long awaitActions(long expected, Duration within) throws InterruptedException {
            long start = System.nanoTime();
            long deadline = start + within.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (e != null && e.path("totals").path("ACTIONS").asLong() == expected) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            throw new AssertionError("no event with ACTIONS = " + expected + " within " + within);
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    @Test
    void aWatcherGetsTheTotalsAtOnceAndNewTotalsWithinASecondOfAReportBack() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        report(c, reportBack("LETTER", 3));
        TallyFixtures.awaitTotal(c, "ACTIONS", 3);
        try (Watcher w = new Watcher(c)) {
            w.awaitActions(3, Duration.ofSeconds(5));
            long posted = System.nanoTime();
            report(c, reportBack("POSTCARD", 4));
            w.awaitActions(7, Duration.ofSeconds(5));
            long ms = (System.nanoTime() - posted) / 1_000_000;
            assertTrue(ms < 1000, "pushed " + ms + " ms after the report-back");
            report(c, reportBack("CALL", 1));
            w.awaitActions(8, Duration.ofSeconds(5));
        }
    }

    @Test
    void manyDashboardsWatchAtOnceAndAllSeeTheChange() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        List<Watcher> watchers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                watchers.add(new Watcher(c));
            }
            for (Watcher w : watchers) {
                w.awaitActions(0, Duration.ofSeconds(10));
            }
            long posted = System.nanoTime();
            report(c, reportBack("EMAIL", 2));
            for (Watcher w : watchers) {
                w.awaitActions(2, Duration.ofSeconds(5));
            }
            long ms = (System.nanoTime() - posted) / 1_000_000;
            assertTrue(ms < 1500, "all 40 watchers had the change after " + ms + " ms");
        } finally {
            watchers.forEach(Watcher::close);
        }
    }

    @Test
    void anUnknownCampaignCannotBeWatched() {
        given().header("Accept", "text/event-stream").get("/api/campaigns/" + java.util.UUID.randomUUID()
                + "/tallies/stream").then().statusCode(404);
    }
}
