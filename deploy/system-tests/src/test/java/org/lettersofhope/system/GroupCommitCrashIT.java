package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lettersofhope.devinfra.DevTokens;

/**
 * Letters and quick notes share commits (group commit): the packaged letter-service is killed with {@code kill -9}
 * while many are being logged at once, and started again. Every request that was answered 201 or 202 before the kill
 * is there afterwards: an answer is given only after the commit that holds it.
 */
@ExtendWith(ServiceLogsOnFailure.class)
class GroupCommitCrashIT {

    private static final Pattern ID = Pattern.compile("\"(?:id|receiptId)\":\"([0-9a-f-]{36})\"");

    SystemUnderTest system;

    @AfterEach
    void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServiceIsKilledUnderLoad() throws Exception {
        system = new SystemUnderTest();
        SystemUnderTest.Service letters = system.service("letter-service", "groupcommit_letter").start();
        String hq = "Bearer " + DevTokens.sign(system.infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("coordinator", "headquarters"), null, Duration.ofHours(1));
        String recipient = Api.detainedRecipient(letters, hq);

        Set<String> acknowledgedLetters = ConcurrentHashMap.newKeySet();
        Set<String> acknowledgedNotes = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean going = new AtomicBoolean(true);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = letters.url();
        String letter = "{\"kind\":\"LETTER\",\"origin\":\"PEN_PAL\",\"recipientId\":\"" + recipient + "\"}";
        ExecutorService load = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            boolean notes = t % 4 == 0;
            load.submit(() -> {
                while (going.get()) {
                    HttpRequest.Builder r = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json");
                    HttpRequest request = notes
                            ? r.uri(URI.create(base + "/api/quick-notes")).POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"text\":\"We are thinking of you.\",\"language\":\"es\"}")).build()
                            : r.uri(URI.create(base + "/api/letters")).header("Authorization", hq)
                                    .POST(HttpRequest.BodyPublishers.ofString(letter)).build();
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        Matcher id = ID.matcher(answer.body());
                        if (answer.statusCode() == 201 && id.find()) {
                            acknowledgedLetters.add(id.group(1));
                        } else if (answer.statusCode() == 202 && id.find()) {
                            acknowledgedNotes.add(id.group(1));
                        }
                    } catch (java.io.IOException e) {
                        unanswered.incrementAndGet(); // the service was killed under it: never acknowledged
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> acknowledgedLetters.size() > 300 && acknowledgedNotes.size() > 50);
        letters.process.kill();
        int atKill = acknowledgedLetters.size() + acknowledgedNotes.size();
        Thread.sleep(300);
        going.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(unanswered.get() > 0, "requests were in flight when the service died");
        assertEquals(atKill, acknowledgedLetters.size() + acknowledgedNotes.size(),
                "nothing was acknowledged after the kill");

        letters.start();
        List<String> missing = new ArrayList<>();
        for (String id : acknowledgedLetters) {
            if (SystemUnderTest.at(letters, hq).when().get("/api/letters/" + id).statusCode() != 200) {
                missing.add(id);
            }
        }
        for (String id : acknowledgedNotes) {
            if (SystemUnderTest.at(letters, hq).when().get("/api/letters/" + id).statusCode() != 200) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "acknowledged before the kill, lost after it ("
                + acknowledgedLetters.size() + " letters and " + acknowledgedNotes.size() + " quick notes acknowledged)");
    }
}
