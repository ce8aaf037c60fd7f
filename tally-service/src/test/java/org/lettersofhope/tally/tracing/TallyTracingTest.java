package org.lettersofhope.tally.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.SpanRecorder;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.PieceKind;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The report-back's request and letter-service's events are traced where tally-service counts them. */
@QuarkusTest
class TallyTracingTest {

    @Inject
    RecordedSpans spans;


    @Test
    void aReportBackIsAServerSpanOfTheCallersTraceNamedByItsRoute() {
        TestCampaign c = TallyFixtures.campaign();
        String trace = SpanRecorder.randomId(16);
        String caller = SpanRecorder.randomId(8);
        given().header("traceparent", "00-" + trace + "-" + caller + "-01").contentType(ContentType.JSON)
                .body("{\"actionType\":\"POSTCARD\",\"quantity\":4}")
                .when().post(c.path() + "/report-backs").then().statusCode(201);
        awaitTotal(c, "ACTIONS", 4);

        SpanData server = spans.await(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.SERVER);
        assertEquals(caller, server.getParentSpanId());
        assertEquals("POST /api/campaigns/{campaignId}/report-backs", server.getName());
        assertEquals(201L, server.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
        assertEquals(StatusCode.UNSET, server.getStatus().getStatusCode());
    }

    @Test
    void aLetterLoggedEventIsCountedInASpanContinuingTheTraceItCarries() {
        TestCampaign c = TallyFixtures.campaign();
        String trace = SpanRecorder.randomId(16);
        String producer = SpanRecorder.randomId(8);
        TallyFixtures.publish(Topics.LETTERS, EventCodec.wrap(EventTypes.LETTER_LOGGED, "/letter-service",
                new LetterLogged(UUID.randomUUID(), PieceKind.LETTER, LetterOrigin.PEN_PAL, c.id(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), null, "US-CA", Instant.now()))
                .withTrace("00-" + trace + "-" + producer + "-01", null));
        awaitTotal(c, "LETTERS_LOGGED", 1);

        SpanData consumer = spans.await(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.CONSUMER);
        assertEquals(producer, consumer.getParentSpanId());
        assertEquals("tally-letters",
                consumer.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")));
        assertEquals(EventTypes.LETTER_LOGGED.name(),
                consumer.getAttributes().get(AttributeKey.stringKey("cloudevents.event_type")));
    }
}
