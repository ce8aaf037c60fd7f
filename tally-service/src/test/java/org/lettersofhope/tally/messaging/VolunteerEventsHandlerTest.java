package org.lettersofhope.tally.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.tally.support.TallyFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** tally-service counting registrations that arrive through the real broker. */
@QuarkusTest
class VolunteerEventsHandlerTest {

    static EventEnvelope registration(String region) {
        return EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED,
                new VolunteerRegistered(UUID.randomUUID(), Instant.now(), region, null,
                        Set.of(VolunteerRole.QUICK_NOTES), Set.of("en")));
    }

    static void publish(EventEnvelope e) {
        TallyFixtures.publish(Topics.VOLUNTEERS, e);
    }

    /** Exact counts, as a coordinator sees them (the public sees small regions as "fewer than 5"). */
    static long regionCount(String region) {
        Number n = given().header("Authorization", TallyFixtures.HQ).when().get("/api/tallies/volunteers")
                .then().statusCode(200)
                .extract().path("byRegion.find { it.region == '" + region + "' }.count");
        return n == null ? 0 : n.longValue();
    }

    @Test
    void countsEachRegistrationInItsRegion() {
        String region = TallyFixtures.freshRegion();
        for (int i = 0; i < 3; i++) {
            publish(registration(region));
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> regionCount(region) == 3);
    }

    @Test
    void aRedeliveredEventIsCountedOnce() throws Exception {
        String region = TallyFixtures.freshRegion();
        EventEnvelope event = registration(region);
        publish(event);
        publish(event);
        publish(event);
        EventEnvelope marker = registration(region);
        publish(marker);

        // The marker was sent after the duplicates to the same topic; once it is counted (2 = event + marker),
        // give the consumer time to have seen every copy before checking that nothing more was added.
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> regionCount(region) >= 2);
        Thread.sleep(1500);
        assertEquals(2, regionCount(region));
    }

    @Test
    void anUnreadableRecordIsSetAsideAndDoesNotStopCounting() {
        String region = TallyFixtures.freshRegion();
        KafkaTestClient.produce(Topics.VOLUNTEERS, UUID.randomUUID().toString(),
                "this is not a cloud event".getBytes(StandardCharsets.UTF_8));
        KafkaTestClient.produce(Topics.VOLUNTEERS, UUID.randomUUID().toString(),
                "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/t\",\"type\":\"org.lettersofhope.volunteer.registered.v1\"}"
                        .getBytes(StandardCharsets.UTF_8));
        publish(registration(region));

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> regionCount(region) == 1);
    }
}
