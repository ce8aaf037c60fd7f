package org.lettersofhope.system;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.system.SystemUnderTest.at;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One trace across two packaged services (production profile: JSON logs, spans written by the {@code log}
 * exporter): a volunteer's report of self-mailed advocacy pieces to letter-service with a known {@code traceparent},
 * its event on Kafka carrying that trace, and tally-service's consumer continuing it while it counts the pieces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingIT {

    static final ObjectMapper JSON = new ObjectMapper();

    SystemUnderTest system;
    SystemUnderTest.Service letters;
    SystemUnderTest.Service tallies;
    String hq;

    @BeforeAll
    void start() throws Exception {
        system = new SystemUnderTest();
        letters = system.service("letter-service", "trace_letter");
        letters.env.put("LETTERS_TRACING_EXPORTER", "log");
        letters.start();
        tallies = system.service("tally-service", "trace_tally");
        tallies.env.put("LETTERS_TRACING_EXPORTER", "log");
        tallies.start();
        hq = system.token(UUID.randomUUID(), "coordinator", "headquarters");
    }

    @AfterAll
    void stop() {
        system.close();
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void oneTraceRunsFromAReportToLetterServiceThroughKafkaToTallyServicesCounting() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String official = at(letters, hq).body(Map.of("name", "Alex Rivera", "title", "Secretary",
                "office", "Department of Homeland Security", "mailingAddress", Map.of("line1", "2707 MLK Jr Ave SE",
                        "city", "Washington", "region", "US-DC", "postalCode", "20528")))
                .when().post("/api/officials").then().statusCode(201).extract().path("id");
        String campaign = at(letters, hq).body(Map.of("slug", "trace-" + UUID.randomUUID().toString().substring(0,
                8), "name", "Write to the Secretary", "kind", "ADVOCACY", "description", "Parole, not detention.",
                "callToAction", "Send a postcard.", "targetIds", List.of(official), "goal", 100,
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(30).toString()))
                .when().post("/api/campaigns").then().statusCode(201).extract().path("id");
        at(letters, hq).when().post("/api/campaigns/" + campaign + "/publish").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> at(tallies, hq)
                .when().get("/api/campaigns/" + campaign + "/tallies").statusCode() == 200);

        String trace = hex(16);
        String caller = hex(8);
        at(letters, system.token(UUID.randomUUID(), "volunteer"))
                .header("traceparent", "00-" + trace + "-" + caller + "-01")
                .body(Map.of("targetId", official, "pieceKind", "POSTCARD", "count", 3, "sentOn", today.toString()))
                .when().post("/api/campaigns/" + campaign + "/advocacy-pieces").then().statusCode(201);

        // The event on the broker carries the trace, as a child of letter-service's server span.
        List<ConsumerRecord<String, byte[]>> records = system.readTopic(Topics.LETTERS,
                r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(trace));
        EventEnvelope event = records.stream().map(r -> EventCodec.decode(r.value()))
                .filter(e -> e.traceparent() != null && e.traceparent().contains(trace)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + Topics.LETTERS + " carries trace " + trace));
        assertEquals(EventTypes.ADVOCACY_PIECES_LOGGED.name(), event.type());
        String serverSpan = event.traceparent().substring(36, 52);
        assertTrue(event.traceparent().matches("00-" + trace + "-[0-9a-f]{16}-01"), event.traceparent());

        // The pieces are counted by tally-service ...
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> at(tallies, hq)
                .when().get("/api/campaigns/" + campaign + "/tallies").then().statusCode(200)
                .body("totals.ADVOCACY_PIECES_LOGGED", equalTo(3)));

        // ... and each service logged its span of the one trace, as JSON lines that carry the trace and span ids.
        JsonNode server = awaitSpan(letters,
                "span SERVER 'POST /api/campaigns/{campaignId}/advocacy-pieces' trace=" + trace);
        assertTrue(server.get("message").asText().contains("span=" + serverSpan + " parent=" + caller),
                server.toString());
        assertEquals(trace, server.get("traceId").asText());
        assertFalse(server.get("message").asText().contains(campaign), "a route template, not the raw path");

        JsonNode consumer = awaitSpan(tallies, "span CONSUMER 'process " + Topics.LETTERS + "' trace=" + trace);
        assertTrue(consumer.get("message").asText().contains(" parent=" + serverSpan + " "), consumer.toString());
        assertEquals(trace, consumer.get("traceId").asText());
        assertTrue(consumer.get("message").asText().contains(event.id()), "the span names the event it processed");
    }

    /** The JSON log line of {@code service} whose message starts so, waiting up to 15 s for it. */
    private JsonNode awaitSpan(SystemUnderTest.Service service, String start) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> logLines(service).stream()
                .filter(l -> l.path("message").asText().startsWith(start)).findFirst(), Optional::isPresent).get();
    }

    /** Every JSON line the service logged (the production profile's format), its short-name prefix removed. */
    private static List<JsonNode> logLines(SystemUnderTest.Service service) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (Path log : service.logs()) {
            for (String line : Files.readAllLines(log)) {
                String json = line.substring(line.indexOf(']') + 2);
                if (json.startsWith("{")) {
                    lines.add(JSON.readTree(json));
                }
            }
        }
        return lines;
    }
}
