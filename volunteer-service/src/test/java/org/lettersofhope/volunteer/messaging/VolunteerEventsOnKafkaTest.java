package org.lettersofhope.volunteer.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What volunteer-service really puts on the broker for a sign-up. */
@QuarkusTest
class VolunteerEventsOnKafkaTest {

    @Test
    void registrationIsPublishedAsACloudEventKeyedByVolunteerWithoutPersonalData() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "Priya." + marker + "@Example.org";
        String firstName = "Priya" + marker.replaceAll("[0-9]", "x");
        String lastName = "Raman" + marker.replaceAll("[0-9]", "y");
        String postalCode = "9" + marker.substring(0, 4).toUpperCase().replaceAll("[^0-9A-Z]", "7");
        given().contentType(ContentType.JSON)
                .body("""
                        {"firstName":"%s","lastName":"%s","email":"%s","postalCode":"%s","region":"US-TX",
                         "roles":["EVENT_HOST"]}""".formatted(firstName, lastName, email, postalCode))
                .when().post("/api/volunteers")
                .then().statusCode(202);
        // Counted once the address is confirmed: the registration is published then.
        String id = Fixtures.confirm(Mails.first(email, Mails.SIGN_UP).token()).toString();

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readUntil(Topics.VOLUNTEERS,
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(15));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + id + " on " + Topics.VOLUNTEERS));

        String raw = new String(record.value(), StandardCharsets.UTF_8);
        StringBuilder headers = new StringBuilder();
        record.headers().forEach(h -> headers.append(h.key()).append('=')
                .append(new String(h.value(), StandardCharsets.UTF_8)).append(';'));
        for (String personal : List.of(email, email.toLowerCase(), firstName, lastName, postalCode, "Priya", "Raman")) {
            assertFalse(raw.contains(personal), "record value carries personal data: " + personal);
            assertFalse(headers.toString().contains(personal), "record headers carry personal data: " + personal);
        }
        assertTrue(headers.toString().contains("content-type=application/cloudevents+json"));

        EventEnvelope event = EventCodec.decode(record.value());
        assertEquals("1.0", event.specversion());
        assertEquals(EventTypes.VOLUNTEER_REGISTERED.name(), event.type());
        assertEquals("urn:lettersofhope:volunteer-service", event.source());
        assertEquals("urn:lettersofhope:schema:" + EventTypes.VOLUNTEER_REGISTERED.name(), event.dataschema());
        assertEquals("volunteer/" + id, event.subject());
        Set<String> fields = new java.util.TreeSet<>();
        event.data().fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("volunteerId", "registeredAt", "region", "chapterId", "roles", "languages"), fields);
        assertEquals("US-TX", event.data().get("region").asText());
    }
}
