package org.lettersofhope.volunteer.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.volunteer.events.EventFixtures.approve;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.location;
import static org.lettersofhope.volunteer.events.EventFixtures.moveIntoPast;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import org.lettersofhope.volunteer.events.EventFixtures;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What volunteer-service really puts on the broker about community events: ids, enums, counts, dates, region. */
@QuarkusTest
class CommunityEventsOnKafkaTest {

    final String marker = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
    final String title = "Quiet evening " + marker;
    final String description = "Details only for us " + marker;
    final String venue = "Hall " + marker;
    final String street = marker + " Hidden Lane";
    final String meetingUrl = "https://meet.example.org/" + marker;
    final String guestName = "Guest " + marker;
    final String guestEmail = "guest." + marker + "@example.org";
    final String reason = "Rejected because " + marker;

    Map<String, Object> privatePlan() {
        Map<String, Object> plan = plan();
        plan.put("title", title);
        plan.put("description", description);
        plan.put("format", "HYBRID");
        location(plan).put("venueName", venue);
        location(plan).put("streetAddress", street);
        location(plan).put("meetingUrl", meetingUrl);
        location(plan).put("region", "US-NM");
        return plan;
    }

    @Test
    void eventsArePublishedKeyedByEventWithoutNamesEmailsTitlesOrAddresses() {
        UUID host = UUID.randomUUID();
        String held = propose(volunteer(host), privatePlan());
        approve(hq(), held).statusCode(200);
        String rsvp = EventFixtures.confirmedGuest(held, guestName, guestEmail).getString("id");
        moveIntoPast(held);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "ATTENDED"))
                .when().put("/api/events/" + held + "/rsvps/" + rsvp + "/attendance").then().statusCode(200);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("lettersWritten", 30, "postcardsWritten", 45, "attendees", 9))
                .when().put("/api/events/" + held + "/report-back").then().statusCode(200);

        String rejected = propose(volunteer(host), privatePlan());
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/api/events/" + rejected + "/rejection").then().statusCode(200);
        String cancelled = propose(volunteer(host), privatePlan());
        given().header("Authorization", volunteer(host)).when().post("/api/events/" + cancelled + "/cancellation")
                .then().statusCode(200);

        Set<String> keys = Set.of(held, rejected, cancelled);
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.COMMUNITY_EVENTS,
                seen -> seen.stream().filter(r -> keys.contains(r.key())).count() >= 8, Duration.ofSeconds(20))
                .stream().filter(r -> keys.contains(r.key())).toList();

        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            StringBuilder headers = new StringBuilder();
            record.headers().forEach(h -> headers.append(h.key()).append('=')
                    .append(new String(h.value(), StandardCharsets.UTF_8)).append(';'));
            for (String secret : List.of(marker, title, description, venue, street, meetingUrl, guestName, guestEmail,
                    reason, "Hidden Lane", "meet.example.org")) {
                assertFalse(raw.contains(secret), "record carries private text: " + secret + " in " + raw);
                assertFalse(headers.toString().contains(secret), "record headers carry private text: " + secret);
            }
            EventEnvelope event = EventCodec.decode(record.value());
            assertEquals(record.key(), event.partitionkey());
            assertEquals("community-event/" + record.key(), event.subject());
            assertEquals("US-NM", event.data().get("region").asText());
            types.add(event.type().replace("org.lettersofhope.volunteer.", "") + "@" + record.key());
            if (event.type().equals(EventTypes.EVENT_REPORTED_BACK.name())) {
                assertEquals(Set.of("eventId", "kind", "eventDate", "region", "chapterId", "campaignId",
                        "lettersWritten", "postcardsWritten", "attendees", "revision", "reportedAt"), fields(event));
                assertEquals(45, event.data().get("postcardsWritten").asInt());
            }
            if (event.type().equals(EventTypes.EVENT_ATTENDANCE_RECORDED.name())) {
                assertEquals(1, event.data().get("attended").asInt());
                assertEquals(0, event.data().get("noShow").asInt());
            }
        }
        assertEquals(List.of("event-scheduled.v1@" + held, "event-approved.v1@" + held,
                "event-attendance-recorded.v1@" + held, "event-reported-back.v1@" + held),
                types.stream().filter(t -> t.endsWith(held)).toList());
        assertEquals(List.of("event-scheduled.v1@" + rejected, "event-rejected.v1@" + rejected),
                types.stream().filter(t -> t.endsWith(rejected)).toList());
        assertEquals(List.of("event-scheduled.v1@" + cancelled, "event-cancelled.v1@" + cancelled),
                types.stream().filter(t -> t.endsWith(cancelled)).toList());
    }

    static Set<String> fields(EventEnvelope event) {
        Set<String> fields = new TreeSet<>();
        event.data().fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
