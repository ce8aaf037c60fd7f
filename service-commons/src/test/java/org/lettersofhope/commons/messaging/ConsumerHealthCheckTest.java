package org.lettersofhope.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ConsumerHealthCheckTest {

    @Test
    void readinessIsDownOnceAConsumerThreadHasDied() throws Exception {
        ConsumerSupervisor supervisor = new ConsumerSupervisor();
        CountDownLatch release = new CountDownLatch(1);
        Thread alive = waitingFor(release);
        Thread dying = new Thread(() -> {
            // What no retry catches: an Error out of a route ends the consumer's thread.
            throw new StackOverflowError("test");
        });
        supervisor.watch("tally-letters", alive);
        supervisor.watch("writers", dying);
        alive.start();
        try {
            dying.start();
            dying.join();

            assertFalse(supervisor.allRunning());
            HealthCheckResponse down = ConsumerHealthCheck.of(supervisor.consumers());
            assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
            assertEquals(Map.of("tally-letters", "running", "writers", "dead"), down.getData().orElseThrow());
        } finally {
            release.countDown();
            alive.join();
        }
    }

    @Test
    void readinessIsUpWhileEveryConsumerRunsOrWhenThereAreNone() throws Exception {
        ConsumerSupervisor supervisor = new ConsumerSupervisor();
        assertEquals(HealthCheckResponse.Status.UP, ConsumerHealthCheck.of(supervisor.consumers()).getStatus());
        CountDownLatch release = new CountDownLatch(1);
        Thread alive = waitingFor(release);
        supervisor.watch("api-keys", alive);
        alive.start();
        try {
            HealthCheckResponse up = ConsumerHealthCheck.of(supervisor.consumers());
            assertEquals(HealthCheckResponse.Status.UP, up.getStatus());
            assertEquals(Map.of("api-keys", "running"), up.getData().orElseThrow());
        } finally {
            release.countDown();
            alive.join();
        }
    }

    /** A consumer thread that keeps running until released. */
    private static Thread waitingFor(CountDownLatch release) {
        return new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
