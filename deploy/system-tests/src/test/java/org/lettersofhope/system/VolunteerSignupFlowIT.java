package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

/** A sign-up on volunteer-service reaches tally-service through the real broker, carrying no personal data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VolunteerSignupFlowIT {

    SystemUnderTest system;
    SystemUnderTest.Service volunteers;
    SystemUnderTest.Service tallies;

    @BeforeAll
    void start() throws Exception {
        system = SystemUnderTest.shared();
        volunteers = system.services().volunteers();
        tallies = system.services().tallies();
    }

    @Test
    void eachSignUpIsCountedByTallyServiceWithinTwoSeconds() {
        String region = SystemUnderTest.freshRegion();
        java.nio.file.Path key = system.infra.jwtPrivateKey();
        List<Long> latenciesMs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            long start = System.nanoTime();
            Api.register(volunteers.url(), system.mail, "Flow", "Tester", "flow." + UUID.randomUUID()
                    + "@example.org", "92101", region);
            long deadline = start + Duration.ofSeconds(2).toNanos();
            long seen;
            do {
                seen = Api.registeredIn(tallies.url(), region, key);
            } while (seen < i && System.nanoTime() < deadline);
            assertEquals(i, seen, "sign-up " + i + " not counted within 2 s");
            latenciesMs.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(latenciesMs);
        System.out.printf("[measure] sign-up to tally latency over %d sign-ups: median %d ms, max %d ms%n",
                latenciesMs.size(), latenciesMs.get(latenciesMs.size() / 2), latenciesMs.get(latenciesMs.size() - 1));
    }

    @Test
    void recordsOnTheBrokerCarryNoPersonalData() {
        String marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String first = "Zenaida" + marker;
        String last = "Okonkwo" + marker;
        String email = "zenaida." + marker + "@privacy.example.org";
        String postal = "PC" + marker.toUpperCase().substring(0, 3);
        String id = Api.register(volunteers.url(), system.mail, first, last, email, postal, "US-NM");

        List<ConsumerRecord<String, byte[]>> records = system.readTopic(Topics.VOLUNTEERS, r -> id.equals(r.key()));
        assertTrue(records.stream().anyMatch(r -> id.equals(r.key())), "the sign-up's event is on the topic");
        Set<String> allowed = Set.of("volunteerId", "registeredAt", "region", "chapterId", "roles", "languages");
        for (ConsumerRecord<String, byte[]> r : records) {
            String value = new String(r.value(), StandardCharsets.UTF_8);
            String headers = new String(
                    String.valueOf(List.of(r.headers().toArray()).stream()
                            .map(h -> h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining(";"))).getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
            for (String personal : List.of(first, last, email, postal, "@privacy.example.org", "Zenaida",
                    "Okonkwo")) {
                assertFalse(value.contains(personal) || headers.contains(personal)
                        || (r.key() != null && r.key().contains(personal)),
                        "a record at " + r.topic() + "-" + r.partition() + "@" + r.offset() + " carries " + personal);
            }
            EventEnvelope e;
            try {
                e = EventCodec.decode(r.value());
            } catch (RuntimeException notAnEvent) {
                continue; // records written by other tests to prove unreadable input is set aside
            }
            if (EventTypes.VOLUNTEER_REGISTERED.name().equals(e.type()) && e.data() != null) {
                Set<String> fields = new TreeSet<>();
                e.data().fieldNames().forEachRemaining(fields::add);
                assertTrue(allowed.containsAll(fields), "unexpected payload fields " + fields);
            }
        }
    }

    @Test
    void serviceLogsCarryNoPersonalData() throws Exception {
        String marker = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String first = "Ludmila" + marker;
        String last = "Haverkamp" + marker;
        String email = "ludmila." + marker + "@logs.example.org";
        // A burst of sign-ups with one email, and every link they mailed followed at once: one email, one
        // volunteer. Invalid sign-ups are refused.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sent.add(pool.submit(() -> Api.signUp(volunteers.url(), first, last, email, "30301", "US-GA")));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        List<org.lettersofhope.devinfra.Mailbox.Mail> links = system.mail.awaitAll(email, Api.SIGN_UP, 3,
                Duration.ofSeconds(30));
        assertEquals(3, links.size(), "at most three open links for one address, however many sign-ups");
        List<java.util.concurrent.Future<String>> ids = new ArrayList<>();
        for (org.lettersofhope.devinfra.Mailbox.Mail link : links) {
            ids.add(pool.submit(() -> Api.confirm(volunteers.url(), link.token())));
        }
        for (java.util.concurrent.Future<String> id : ids) {
            assertEquals(ids.get(0).get(), id.get(), "one email, one volunteer");
        }
        pool.shutdown();
        io.restassured.RestAssured.given().baseUri(volunteers.url()).contentType(io.restassured.http.ContentType.JSON)
                .body("{\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\",\"email\":\"" + email
                        + "\",\"postalCode\":\"30301\",\"region\":\"Georgia\",\"roles\":[\"QUICK_NOTES\"]}")
                .when().post("/api/volunteers").then().statusCode(400);

        for (java.nio.file.Path log : volunteers.logs()) {
            String text = java.nio.file.Files.readString(log);
            for (String personal : List.of(first, last, email, "@logs.example.org")) {
                assertFalse(text.contains(personal), log + " contains " + personal);
            }
        }
    }
}
