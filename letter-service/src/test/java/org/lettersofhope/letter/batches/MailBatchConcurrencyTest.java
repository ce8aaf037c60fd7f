package org.lettersofhope.letter.batches;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Coordinators batching at the same time never put one letter in two batches. */
@QuarkusTest
class MailBatchConcurrencyTest {

    @Test
    void ofTwoCoordinatorsAddingTheSameLetterToTwoBatchesOneWinsAndTheOtherGets409() throws Exception {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                UUID letter = approvedLetter(recipient);
                List<UUID> batches = List.of(openBatch(facility), openBatch(facility));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (UUID batch : batches) {
                    String coordinator = hq();
                    answers.add(pool.submit(() -> {
                        go.await();
                        return addToBatch(coordinator, batch, letter).extract().statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round);
                long holding = batches.stream().filter(b -> given().header("Authorization", hq())
                        .when().get("/api/mail-batches/" + b).then().extract().<Integer>path("letterCount") == 1)
                        .count();
                assertEquals(1, holding, "exactly one batch holds the letter");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
