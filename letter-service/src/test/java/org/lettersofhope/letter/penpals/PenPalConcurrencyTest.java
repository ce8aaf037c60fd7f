package org.lettersofhope.letter.penpals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.PenPalFixtures.eligibleWriter;
import static org.lettersofhope.letter.support.PenPalFixtures.match;
import static org.lettersofhope.letter.support.PenPalFixtures.recipient;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Coordinators matching at the same moment never exceed a writer's limit nor give a recipient two pen pals. */
@QuarkusTest
class PenPalConcurrencyTest {

    static List<Integer> atOnce(List<UUID[]> pairs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(pairs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (UUID[] pair : pairs) {
                String coordinator = hq();
                answers.add(pool.submit(() -> {
                    start.await();
                    return match(coordinator, pair[0], pair[1]).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : answers) {
                codes.add(f.get());
            }
            return codes.stream().sorted().collect(Collectors.toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneWriterMatchedWithFourRecipientsAtOnceGetsOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID writer = eligibleWriter("es");
            List<UUID[]> pairs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pairs.add(new UUID[] { writer, recipient("es") });
            }
            assertEquals(List.of(201, 409, 409, 409), atOnce(pairs));
        }
    }

    @Test
    void oneRecipientMatchedWithFourWritersAtOnceGetsOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID recipient = recipient("es");
            List<UUID[]> pairs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pairs.add(new UUID[] { eligibleWriter("es"), recipient });
            }
            assertEquals(List.of(201, 409, 409, 409), atOnce(pairs));
        }
    }
}
