package org.lettersofhope.commons.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.SpanRecorder;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;

class TracingTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CALLER = "00f067aa0ba902b7";

    final SpanRecorder spans = new SpanRecorder();
    final Tracing tracing = Tracing.standalone("test-service", spans);

    EventEnvelope event() {
        return EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED, new VolunteerRegistered(UUID.randomUUID(),
                Instant.now(), "US-CA", null, Set.of(), Set.of("es")));
    }

    @Test
    void anEventWrittenInsideASpanCarriesItsTraceAndSpanAsTraceparent() {
        Span span = tracing.serverSpan("POST", Map.of("traceparent", "00-" + TRACE + "-" + CALLER + "-01",
                "tracestate", "congo=t61rcWkgMzE")::get);
        EventEnvelope stamped;
        try (Scope s = span.makeCurrent()) {
            stamped = Tracing.stamp(event());
        } finally {
            span.end();
        }

        assertEquals("00-" + TRACE + "-" + span.getSpanContext().getSpanId() + "-01", stamped.traceparent());
        assertEquals("congo=t61rcWkgMzE", stamped.tracestate());
        SpanData server = spans.inTrace(TRACE).get(0);
        assertEquals(SpanKind.SERVER, server.getKind());
        assertEquals(CALLER, server.getParentSpanId());
    }

    @Test
    void anEventWrittenOutsideAnySpanCarriesNoTraceContext() {
        EventEnvelope e = event();
        EventEnvelope stamped = Tracing.stamp(e);

        assertEquals(e, stamped);
        assertNull(stamped.traceparent());
        assertFalse(EventCodec.encodeToString(stamped).contains("traceparent"));
    }

    @Test
    void aConsumerSpanContinuesTheTraceTheEventCarriesAndIsCurrentAndLoggedMeanwhile() {
        String producer = "b7ad6b7169203331";
        EventEnvelope e = event().withTrace("00-" + TRACE + "-" + producer + "-01", null);
        EventEnvelope written;
        String loggedTrace;
        try (Tracing.Consumption c = tracing.consuming("counting", "volunteer.volunteers.v1", 2, 41L, e)) {
            written = Tracing.stamp(event());
            loggedTrace = (String) MDC.get(Tracing.TRACE_ID);
        }

        SpanData consumer = spans.inTrace(TRACE).get(0);
        assertEquals(SpanKind.CONSUMER, consumer.getKind());
        assertEquals(producer, consumer.getParentSpanId());
        assertEquals("process volunteer.volunteers.v1", consumer.getName());
        assertEquals(e.id(), consumer.getAttributes().asMap().entrySet().stream()
                .filter(a -> a.getKey().getKey().equals("messaging.message.id")).findFirst().get().getValue());
        // what the handler writes carries the trace on, as a child of the consumer span
        assertEquals("00-" + TRACE + "-" + consumer.getSpanId() + "-01", written.traceparent());
        assertEquals(TRACE, loggedTrace);
        assertNull(MDC.get(Tracing.TRACE_ID), "the ids leave the MDC with the span");
        assertFalse(Span.current().getSpanContext().isValid(), "the span is no longer current");
    }

    @Test
    void anEventWithoutOrWithAnUnreadableTraceparentStartsANewTrace() {
        for (String traceparent : new String[] { null, "garbage", "00-" + "0".repeat(32) + "-" + CALLER + "-01" }) {
            EventEnvelope e = event().withTrace(traceparent, null);
            String traceId;
            try (Tracing.Consumption c = tracing.consuming("counting", "volunteer.volunteers.v1", 0, 0L, e)) {
                traceId = Span.current().getSpanContext().getTraceId();
            }
            SpanData consumer = spans.inTrace(traceId).get(0);
            assertFalse(io.opentelemetry.api.trace.SpanId.isValid(consumer.getParentSpanId()), traceparent);
            assertNotEquals("0".repeat(32), traceId);
        }
    }

    @Test
    void aFailedHandlerMarksItsSpanFailedByKindOfFailureOnly() {
        try (Tracing.Consumption c = tracing.consuming("counting", "t.v1", 0, 0L,
                event().withTrace("00-" + TRACE + "-" + CALLER + "-01", null))) {
            c.failed(new IllegalStateException("value someone@example.org"));
        }
        SpanData consumer = spans.inTrace(TRACE).get(0);
        assertEquals(StatusCode.ERROR, consumer.getStatus().getStatusCode());
        assertEquals("IllegalStateException", consumer.getStatus().getDescription());
    }

    @Test
    void aRouteTemplateKeepsItsPlaceholders() throws Exception {
        @jakarta.ws.rs.Path("/api/campaigns/")
        class Resource {
            @jakarta.ws.rs.Path("{id}/report-backs")
            public void report() {
            }

            public void list() {
            }
        }
        assertEquals("/api/campaigns/{id}/report-backs",
                TracingFilters.template(Resource.class, Resource.class.getMethod("report")));
        assertEquals("/api/campaigns", TracingFilters.template(Resource.class, Resource.class.getMethod("list")));
        assertTrue(TracingFilters.template(null, Resource.class.getMethod("report")).startsWith("/{id}"));
    }
}
