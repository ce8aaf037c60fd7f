package org.lettersofhope.tally.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.rest.RateLimited.Budget;
import org.lettersofhope.commons.rest.RateLimiter;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A burst of first requests from one client meets a bucket that does not exist yet: every one of them is answered
 * by the limiter (taken or refused), none fails. Under bucket4j's batching optimisation they failed with "Bucket does
 * not exist", which reached sign-ups as 500s in ConsumerCrashIT.
 */
@QuarkusTest
class RateLimiterConcurrencyTest {

    @Inject
    RateLimiter limiter;

    @Test
    void concurrentFirstRequestsOfANewClientAreAllAnswered() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                // A documentation-range address of its own per round: its bucket is created by this burst.
                String client = "2001:db8:" + Integer.toHexString(round) + ":" + UUID.randomUUID().toString()
                        .substring(0, 4) + "::1";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Long>> takes = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    Callable<Long> take = () -> {
                        start.await();
                        return limiter.take(Budget.WRITES, client);
                    };
                    takes.add(pool.submit(take));
                }
                start.countDown();
                int taken = 0;
                for (Future<Long> f : takes) {
                    if (f.get(30, TimeUnit.SECONDS) == 0) {
                        taken++;
                    }
                }
                assertEquals(16, taken, "16 first requests within the test profile's large budget are all taken");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
