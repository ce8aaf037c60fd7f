package org.lettersofhope.volunteer.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.SpanRecorder;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One trace from an HTTP request through the outbox, the relay and Kafka to a consumer, all real: an admin issues an
 * API key with a known {@code traceparent}; the event on the broker carries the request's trace, and this service's
 * own API-key projection consumes it in a span of that same trace.
 */
@QuarkusTest
class TracePropagationTest {

    @Inject
    RecordedSpans spans;


    @Test
    void oneTraceRunsFromARequestThroughTheRelayAndKafkaToTheConsumer() {
        String trace = SpanRecorder.randomId(16);
        String caller = SpanRecorder.randomId(8);
        String id = given().header("Authorization", TestTokens.bearer("admin"))
                .header("traceparent", "00-" + trace + "-" + caller + "-01")
                .header("tracestate", "partner=abc")
                .contentType(ContentType.JSON).body("{\"scope\":\"DASHBOARD\",\"label\":\"wall screen\"}")
                .when().post("/api/admin/api-keys?label=someone@example.org")
                .then().statusCode(201).extract().path("id");

        SpanData server = spans.await(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.SERVER);
        assertEquals(caller, server.getParentSpanId(), "the request continues the caller's trace");
        assertEquals("POST /api/admin/api-keys", server.getName());
        assertEquals("/api/admin/api-keys", server.getAttributes().get(AttributeKey.stringKey("http.route")));
        assertEquals(201L, server.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertFalse(server.getAttributes().toString().contains("example.org"), "no query string in a span");

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.API_KEYS,
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(15));
        EventEnvelope event = EventCodec.decode(records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow().value());
        assertEquals(EventTypes.API_KEY_ISSUED.name(), event.type());
        assertEquals("00-" + trace + "-" + server.getSpanId() + "-01", event.traceparent(),
                "the event carries the request's span as its parent");
        assertEquals("partner=abc", event.tracestate());

        SpanData consumed = spans.await(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.CONSUMER
                && "api-keys".equals(s.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name"))));
        assertEquals(server.getSpanId(), consumed.getParentSpanId());
        assertEquals("process " + Topics.API_KEYS, consumed.getName());
        assertEquals(event.id(), consumed.getAttributes().get(AttributeKey.stringKey("messaging.message.id")));
        assertTrue(consumed.getEndEpochNanos() >= consumed.getStartEpochNanos());
    }

    @Test
    void aRequestWithoutTraceparentStartsATraceOfItsOwn() {
        String id = given().header("Authorization", TestTokens.bearer("admin"))
                .contentType(ContentType.JSON).body("{\"scope\":\"DASHBOARD\",\"label\":\"fresh\"}")
                .when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("id");

        EventEnvelope event = EventCodec.decode(KafkaTestClient.readUntil(Topics.API_KEYS,
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(15)).stream()
                .filter(r -> id.equals(r.key())).findFirst().orElseThrow().value());
        String trace = event.traceparent().substring(3, 35);
        SpanData server = spans.await(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.SERVER);
        assertFalse(SpanId.isValid(server.getParentSpanId()), "a root span");
    }

    @Test
    void browsersFromAnAllowedOriginMaySendTheTraceHeaders() {
        String allowed = given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "traceparent,tracestate")
                .when().options("/api/admin/api-keys")
                .then().statusCode(200).extract().header("Access-Control-Allow-Headers");
        assertTrue(allowed.contains("traceparent") && allowed.contains("tracestate"), allowed);
    }

    @Test
    void anUnreadableTraceparentIsIgnoredNotAnError() {
        given().header("traceparent", "00-not-a-trace-01").header("Authorization", TestTokens.bearer("admin"))
                .when().get("/api/admin/api-keys")
                .then().statusCode(200);
        SpanData server = spans.await(s -> s.getKind() == SpanKind.SERVER
                && "GET /api/admin/api-keys".equals(s.getName()) && !SpanId.isValid(s.getParentSpanId()));
        assertNotEquals("", server.getTraceId());
    }
}
