package org.lettersofhope.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class BackgroundWorkerTest {

    @Test
    void aWakeStartsARoundLongBeforeTheIdleInterval() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(2);
        BackgroundWorker worker = new BackgroundWorker("w1", Duration.ofMinutes(10), Duration.ofMillis(10),
                Duration.ofMillis(100), metrics, () -> {
                    rounds.incrementAndGet();
                    second.countDown();
                    return false;
                });
        worker.start();
        Thread.sleep(100);
        assertEquals(1, rounds.get(), "idle: one round, then waiting");
        worker.wake();
        assertTrue(second.await(2, TimeUnit.SECONDS), "woken: a second round at once");
        worker.stop(Duration.ofSeconds(2));
        assertFalse(worker.isRunning());
        assertEquals(2.0, metrics.counter("letters.worker.runs", "worker", "w1").count());
    }

    @Test
    void aFailingRoundIsCountedRetriedWithGrowingPausesAndCleanedUpAfter() throws Exception {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        AtomicInteger cleanUps = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        long started = System.nanoTime();
        BackgroundWorker worker = new BackgroundWorker("w2", Duration.ofMinutes(10), Duration.ofMillis(40),
                Duration.ofSeconds(1), metrics, new BackgroundWorker.Task() {
                    @Override
                    public boolean runOnce() {
                        if (attempts.incrementAndGet() <= 4) {
                            throw new IllegalStateException("down");
                        }
                        recovered.countDown();
                        return false;
                    }

                    @Override
                    public void onFailure(Exception failure) {
                        cleanUps.incrementAndGet();
                    }
                });
        worker.start();
        assertTrue(recovered.await(5, TimeUnit.SECONDS));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        worker.stop(Duration.ofSeconds(2));
        assertEquals(4.0, metrics.counter("letters.worker.failures", "worker", "w2").count());
        assertEquals(4, cleanUps.get());
        // 40, 80, 160, 320 ms, each at least halved by the jitter: at least 300 ms in all
        assertTrue(tookMs >= 300, "backed off for " + tookMs + " ms");
        double age = metrics.get("letters.worker.last.run.age.seconds").tag("worker", "w2").gauge().value();
        assertTrue(age < 5, "the last successful run is recent: " + age);
    }

    @Test
    void aWorkerWithMoreWorkRunsAgainWithoutWaiting() throws Exception {
        CountDownLatch many = new CountDownLatch(50);
        BackgroundWorker worker = new BackgroundWorker("w3", Duration.ofMinutes(10), Duration.ofMillis(10),
                Duration.ofMillis(100), new SimpleMeterRegistry(), () -> {
                    many.countDown();
                    return true;
                });
        worker.start();
        assertTrue(many.await(2, TimeUnit.SECONDS));
        worker.stop(Duration.ofSeconds(2));
    }

    @Test
    void jitterStaysBetweenHalfAndTheWholePause() {
        for (int i = 0; i < 1000; i++) {
            long ms = BackgroundWorker.jittered(Duration.ofMillis(1000)).toMillis();
            assertTrue(ms >= 500 && ms <= 1000, "jittered " + ms);
        }
        assertEquals(Duration.ofSeconds(10), BackgroundWorker.next(Duration.ofSeconds(8), Duration.ofSeconds(10)));
    }
}
