package org.lettersofhope.volunteer.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.LetterEvents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Webhook deliveries through the real broker and database to a real HTTP receiver that answers 500, stalls past the
 * response timeout, goes away for a while and comes back flaky: in the end every event of the chapter arrived, signed
 * as docs/webhooks.md says, one aggregate's in order, redeliveries with the same webhook-id, and nothing of another
 * chapter.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> TYPES_A = Set.of(EventTypes.VOLUNTEER_STATUS_CHANGED.name(),
            EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED.name(), EventTypes.CAMPAIGN_PUBLISHED.name());

    @Inject
    EntityManager em;

    @Test
    void everyEventOfTheChapterArrivesSignedInOrderDespiteFailuresAndNothingElse() throws Exception {
        try (Receiver receiver = new Receiver().start()) {
            UUID chapterA = Fixtures.activeChapter();
            UUID chapterB = Fixtures.activeChapter();
            List<UUID> inA = List.of(Fixtures.register(), Fixtures.register(), Fixtures.register());
            UUID inB = Fixtures.register();
            UUID nowhere = Fixtures.register();
            inA.forEach(v -> Fixtures.join(v, chapterA));
            Fixtures.join(inB, chapterB);
            String guidelines = LetterEvents.publishedGuidelines();

            String secretA = subscribe(chapterA, receiver.url("/a"), TYPES_A);
            String secretB = subscribe(chapterB, receiver.url("/b"), Set.of(
                    EventTypes.VOLUNTEER_STATUS_CHANGED.name(), EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED.name()));

            // 1. every answer a 500
            receiver.behaviour = n -> 500;
            for (UUID v : all(inA, inB, nowhere)) {
                status(v, "ACTIVE");
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(receiver, "/a") >= 4);
            // 2. answers too slow for the response timeout (1 s in tests)
            receiver.behaviour = n -> -1500;
            accept(inA.get(0), guidelines);
            accept(inB, guidelines);
            int before = count(receiver, "/a");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(receiver, "/a") >= before + 2);
            Thread.sleep(1200); // let those stalled attempts time out rather than be cut off by the stop below
            // 3. nobody listening: connections refused while more events happen
            receiver.stop();
            for (UUID v : all(inA, inB, nowhere)) {
                status(v, "PAUSED");
            }
            Thread.sleep(2500);
            // 4. back, and every third answer a 500
            receiver.behaviour = n -> n % 3 == 0 ? 500 : 200;
            receiver.start();
            for (UUID v : all(inA, inB, nowhere)) {
                status(v, "ACTIVE");
            }
            UUID campaign = LetterEvents.publishedCampaign();

            Map<UUID, List<String>> expectedA = expected(inA, TYPES_A);
            Map<UUID, List<String>> expectedB = expected(List.of(inB), TYPES_A);
            assertEquals(4, expectedA.get(inA.get(0)).size(), "three status changes and an acceptance");
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> delivered(receiver, "/a").containsAll(flat(expectedA))
                            && delivered(receiver, "/b").containsAll(flat(expectedB))
                            && delivered(receiver, "/a").stream().anyMatch(id -> campaignEvent(receiver, id)));

            List<Receiver.Request> requests = receiver.requests();
            Set<String> failedOnce = requests.stream().filter(r -> r.answered() != 200).map(Receiver.Request::id)
                    .collect(Collectors.toSet());
            assertFalse(failedOnce.isEmpty());
            Map<String, String> bodyById = new HashMap<>();
            for (Receiver.Request r : requests) {
                String secret = r.path().equals("/a") ? secretA : secretB;
                assertTrue(verifies(secret, r), "signed as documented: " + r.signature());
                assertTrue(r.contentType().startsWith("application/cloudevents+json"), r.contentType());
                JsonNode event = JSON.readTree(r.body());
                assertEquals(r.id(), event.get("id").asText(), "webhook-id is the CloudEvent id");
                String earlier = bodyById.putIfAbsent(r.path() + r.id(), r.body());
                if (earlier != null) {
                    assertEquals(earlier, r.body(), "a redelivery is the same event");
                }
                // nothing outside the chapter: only its volunteers' events, and public campaign events
                String key = event.get("partitionkey").asText();
                if (event.get("type").asText().equals(EventTypes.CAMPAIGN_PUBLISHED.name())) {
                    assertEquals("/a", r.path(), "B did not subscribe to campaign events");
                } else {
                    List<UUID> own = r.path().equals("/a") ? inA : List.of(inB);
                    assertTrue(own.contains(UUID.fromString(key)), r.path() + " got an event of " + key);
                }
            }
            assertTrue(requests.stream().noneMatch(r -> r.body().contains(nowhere.toString())),
                    "a volunteer of no chapter reaches nobody");
            // one aggregate's events in order: a later one never reached the receiver before an earlier one
            for (Map.Entry<UUID, List<String>> e : merged(expectedA, expectedB).entrySet()) {
                List<String> order = e.getValue();
                int last = -1;
                for (Receiver.Request r : requests) {
                    int at = order.indexOf(r.id());
                    if (at >= 0) {
                        assertTrue(at >= last, "event " + at + " of " + e.getKey() + " after " + last);
                        last = at;
                    }
                }
            }
            assertTrue(failedOnce.stream().allMatch(id -> requests.stream()
                    .anyMatch(r -> r.id().equals(id) && r.answered() == 200)), "every failed one came again");
            // the delivery log tells the partner what happened, without payloads
            String log = given().header("Authorization", Fixtures.ADMIN).queryParam("size", 100)
                    .when().get("/api/webhook-subscriptions/" + subscriptionOf(chapterA) + "/deliveries")
                    .then().statusCode(200).extract().asString();
            assertTrue(log.contains("\"statusCode\":500"), log);
            assertTrue(log.contains("timed out"), log);
            assertTrue(log.contains("connection refused"), log);
            assertFalse(log.contains(inA.get(0).toString()), "no payloads in the log");
            assertTrue(campaign != null);
        }
    }

    /** The verification docs/webhooks.md shows, written out independently of the service's code. */
    static boolean verifies(String secret, Receiver.Request r) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(r.timestamp()));
        return age < 600 && List.of(r.signature().split(" ")).contains(expected);
    }

    static String subscribe(UUID chapter, String url, Set<String> types) {
        return given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("targetUrl", url, "eventTypes", List.copyOf(types), "chapterId", chapter.toString()))
                .when().post("/api/webhook-subscriptions").then().statusCode(201).extract().path("secret");
    }

    private String subscriptionOf(UUID chapter) {
        return given().header("Authorization", Fixtures.ADMIN).queryParam("chapterId", chapter)
                .when().get("/api/webhook-subscriptions").then().statusCode(200).extract().path("items[0].id");
    }

    private static void status(UUID volunteer, String status) {
        given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}").when().post("/api/volunteers/" + volunteer + "/status")
                .then().statusCode(200);
    }

    private static void accept(UUID volunteer, String version) {
        given().header("Authorization", Fixtures.tokenOf(volunteer)).contentType(ContentType.JSON)
                .body("{\"version\":\"" + version + "\"}")
                .when().post("/api/volunteers/" + volunteer + "/guidelines-acceptance").then().statusCode(200);
    }

    private static List<UUID> all(List<UUID> a, UUID... more) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all;
    }

    /** Per volunteer, the ids of their events of those types, in the order they were recorded. */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<String>> expected(List<UUID> volunteers, Set<String> types) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, List<String>> out = new LinkedHashMap<>();
            for (UUID v : volunteers) {
                List<Object> ids = em.createNativeQuery("select cast(id as text) from outbox_event "
                        + "where aggregate_id = ?1 and event_type in (?2) order by seq")
                        .setParameter(1, v.toString()).setParameter(2, types).getResultList();
                out.put(v, ids.stream().map(Object::toString).toList());
            }
            return out;
        });
    }

    private static Map<UUID, List<String>> merged(Map<UUID, List<String>> a, Map<UUID, List<String>> b) {
        Map<UUID, List<String>> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static List<String> flat(Map<UUID, List<String>> m) {
        return m.values().stream().flatMap(List::stream).toList();
    }

    private static Set<String> delivered(Receiver receiver, String path) {
        return receiver.requests().stream().filter(r -> r.path().equals(path) && r.answered() == 200)
                .map(Receiver.Request::id).collect(Collectors.toSet());
    }

    private static boolean campaignEvent(Receiver receiver, String id) {
        return receiver.requests().stream().anyMatch(r -> r.id().equals(id)
                && r.body().contains(EventTypes.CAMPAIGN_PUBLISHED.name()));
    }

    private static int count(Receiver receiver, String path) {
        return (int) receiver.requests().stream().filter(r -> r.path().equals(path)).count();
    }
}
