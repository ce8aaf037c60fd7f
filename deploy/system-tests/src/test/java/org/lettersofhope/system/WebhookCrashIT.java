package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.DevTokens;

import com.sun.net.httpserver.HttpServer;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The packaged volunteer-service is killed with {@code kill -9} while it delivers webhooks, and started again: every
 * event of the chapter reaches the partner's endpoint at least once, one aggregate's in order, a redelivery with the
 * same webhook-id and body, and nothing of another chapter.
 */
class WebhookCrashIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern KEY = Pattern.compile("\"partitionkey\":\"([0-9a-f-]{36})\"");

    SystemUnderTest system;
    HttpServer receiver;

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (system != null) {
            system.close();
        }
    }

    record Got(String id, String key, String body) {
    }

    @Test
    void killingTheServiceInTheMiddleOfDeliveriesLosesNoneAndKeepsEachAggregatesOrder() throws Exception {
        List<Got> got = new ArrayList<>();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher id = ID.matcher(body);
            Matcher key = KEY.matcher(body);
            synchronized (got) {
                got.add(new Got(id.find() ? id.group(1) : null, key.find() ? key.group(1) : null, body));
            }
            try {
                Thread.sleep(20); // long enough that deliveries are in flight when the service dies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        system = new SystemUnderTest();
        SystemUnderTest.Service volunteers = system.service("volunteer-service", "hooks_volunteer");
        volunteers.env.put("LETTERS_WEBHOOKS_ALLOWED_ADDRESSES", "127.0.0.1/32");
        volunteers.env.put("LETTERS_WEBHOOKS_REQUIRE_HTTPS", "false");
        volunteers.env.put("LETTERS_WEBHOOKS_LEASE", "PT5S");
        volunteers.env.put("LETTERS_WEBHOOKS_FIRST_BACKOFF", "PT0.5S");
        volunteers.start();
        String admin = "Bearer " + DevTokens.sign(system.infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("admin"), null, Duration.ofHours(1));
        UUID chapter = chapter(volunteers.url(), admin);
        UUID other = chapter(volunteers.url(), admin);
        RestAssured.given().baseUri(volunteers.url()).header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("targetUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes", List.of("org.lettersofhope.volunteer.status-changed.v1"),
                        "chapterId", chapter.toString()))
                .when().post("/api/webhook-subscriptions").then().statusCode(201);

        int aggregates = 20;
        int perAggregate = 10;
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < aggregates; i++) {
            keys.add(UUID.randomUUID());
        }
        Map<UUID, List<String>> sent = new HashMap<>();
        try (KafkaProducer<String, String> kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, system.infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int round = 0; round < perAggregate; round++) {
                for (UUID key : keys) {
                    sent.computeIfAbsent(key, k -> new ArrayList<>()).add(send(kafka, key, chapter));
                    send(kafka, UUID.randomUUID(), other); // another chapter's: must not arrive
                }
                kafka.flush();
                Thread.sleep(150);
                if (round == 4) {
                    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> size(got) > 30);
                    volunteers.process.kill();
                    volunteers.start();
                }
            }
        }
        int total = aggregates * perAggregate;
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> distinct(got) >= total);

        List<Got> all;
        synchronized (got) {
            all = List.copyOf(got);
        }
        Map<String, String> bodies = new HashMap<>();
        for (Got g : all) {
            assertTrue(keys.contains(UUID.fromString(g.key())), "an event outside the chapter arrived: " + g.key());
            String first = bodies.putIfAbsent(g.id(), g.body());
            if (first != null) {
                assertEquals(first, g.body(), "a redelivery is the same event");
            }
        }
        assertEquals(total, bodies.size());
        for (UUID key : keys) {
            List<String> order = sent.get(key);
            int last = -1;
            for (Got g : all) {
                int at = order.indexOf(g.id());
                if (at >= 0) {
                    assertTrue(at >= last, "event " + at + " of " + key + " arrived after event " + last);
                    last = at;
                }
            }
        }
        System.out.printf("[webhook-crash] %d events, %d requests (%d redelivered after the kill)%n", total,
                all.size(), all.size() - total);
    }

    private static String send(KafkaProducer<String, String> kafka, UUID volunteer, UUID chapter) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        kafka.send(new ProducerRecord<>("volunteer.volunteers.v1", volunteer.toString(), String.format(
                "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/volunteer-service\","
                        + "\"type\":\"org.lettersofhope.volunteer.status-changed.v1\",\"time\":\"%s\","
                        + "\"subject\":\"volunteer/%s\",\"datacontenttype\":\"application/json\","
                        + "\"partitionkey\":\"%s\",\"data\":{\"volunteerId\":\"%s\",\"from\":\"ACTIVE\","
                        + "\"to\":\"PAUSED\",\"region\":\"US-CA\",\"chapterId\":\"%s\",\"changedAt\":\"%s\"}}",
                id, now, volunteer, volunteer, volunteer, chapter, now)));
        return id;
    }

    /** An active chapter: proposed by a volunteer, activated by the admin. */
    private UUID chapter(String base, String admin) {
        String volunteer = "Bearer " + DevTokens.sign(system.infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("volunteer"), null, Duration.ofHours(1));
        String id = RestAssured.given().baseUri(base).header("Authorization", volunteer).contentType(ContentType.JSON)
                .body("{\"name\":\"Crash " + UUID.randomUUID().toString().substring(0, 8) + "\",\"region\":\"US-CA\","
                        + "\"facilityName\":\"Otay Mesa\",\"contactName\":\"Rosa M\","
                        + "\"contactEmail\":\"rosa@example.org\"}")
                .when().post("/api/chapters").then().statusCode(201).extract().path("id");
        RestAssured.given().baseUri(base).header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"status\":\"ACTIVE\"}").when().post("/api/chapters/" + id + "/status").then().statusCode(200);
        return UUID.fromString(id);
    }

    private static int size(List<Got> got) {
        synchronized (got) {
            return got.size();
        }
    }

    private static long distinct(List<Got> got) {
        synchronized (got) {
            return got.stream().map(Got::id).distinct().count();
        }
    }
}
