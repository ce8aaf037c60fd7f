package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.Topics;

import io.restassured.RestAssured;

/**
 * tally-service is killed outright while sign-ups flow, restarted, and later made to replay the whole topic: every
 * sign-up is counted, none twice. Restarted, it consumes within 5 s of being ready.
 */
class ConsumerCrashIT {

    SystemUnderTest system;

    @AfterEach
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void killingTheConsumerWhileEventsFlowLosesNothingAndCountsNothingTwice() throws Exception {
        system = new SystemUnderTest();
        SystemUnderTest.Service volunteers = system.service("volunteer-service", "crash_volunteer").start();
        SystemUnderTest.Service tallies = system.service("tally-service", "crash_tally").start();
        String region = SystemUnderTest.freshRegion();
        java.nio.file.Path key = system.infra.jwtPrivateKey();
        int total = 400;
        AtomicInteger sent = new AtomicInteger();

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> flows = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            flows.add(writers.submit(() -> {
                while (sent.getAndIncrement() < total) {
                    Api.register(volunteers.url(), system.mail, "Crash", "Test",
                            "crash." + UUID.randomUUID() + "@example.org", "10001", region);
                    sleep(8);
                }
            }));
        }

        // Let some events be counted, then kill tally-service twice while sign-ups keep coming.
        // (a setup step: on a loaded build machine the first sign-ups, each confirmed by mail, take a while)
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.registeredIn(tallies.url(), region, key) > 20);
        tallies.process.kill();
        sleep(700);
        tallies.start();
        // Restarted under load, it consumes within seconds of being ready: its consumers do not wait for the topic
        // check (which can take many seconds then).
        long ready = System.nanoTime();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> eventsApplied(tallies.managementUrl()) > 0);
        long readyToConsuming = (System.nanoTime() - ready) / 1_000_000;
        System.out.printf("tally-service consumed %d ms after it was ready%n", readyToConsuming);
        assertTrue(readyToConsuming < 5_000, "consumed only " + readyToConsuming + " ms after it was ready");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Api.registeredIn(tallies.url(), region, key) > 0);
        tallies.process.kill();
        tallies.start();

        for (Future<?> f : flows) {
            f.get(120, TimeUnit.SECONDS);
        }
        writers.shutdown();
        long countedBeforeKillsEnded = Api.registeredIn(tallies.url(), region, key);
        assertTrue(countedBeforeKillsEnded <= total, "counted more than were sent: " + countedBeforeKillsEnded);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.registeredIn(tallies.url(), region, key) >= total);
        sleep(2000);
        assertEquals(total, Api.registeredIn(tallies.url(), region, key), "after two kills");

        // Replay: with tally-service stopped, rewind its consumer group to the start of the topic.
        tallies.process.close();
        String group = tallies.consumerGroup("tally-volunteers");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                system.infra.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            int partitions = admin.describeTopics(List.of(Topics.VOLUNTEERS)).allTopicNames().get()
                    .get(Topics.VOLUNTEERS).partitions().size();
            for (int p = 0; p < partitions; p++) {
                start.put(new TopicPartition(Topics.VOLUNTEERS, p), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(group, start).all().get(30, TimeUnit.SECONDS);
        }
        tallies.start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> duplicatesDropped(tallies.managementUrl()) >= total);
        assertEquals(total, Api.registeredIn(tallies.url(), region, key), "after replaying the topic from the start");
    }

    /** How many events the volunteer consumer applied since it started (Micrometer counter). */
    static double eventsApplied(String tallyManagementUrl) {
        return counter(tallyManagementUrl, "letters_events_applied_total{");
    }

    /** How many redelivered events the consumer recognised and dropped since it started (Micrometer counter). */
    static double duplicatesDropped(String tallyManagementUrl) {
        return counter(tallyManagementUrl, "letters_events_duplicates_total{");
    }

    private static double counter(String tallyManagementUrl, String name) {
        String metrics = RestAssured.given().baseUri(tallyManagementUrl).when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith(name) && l.contains("tally-volunteers"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
