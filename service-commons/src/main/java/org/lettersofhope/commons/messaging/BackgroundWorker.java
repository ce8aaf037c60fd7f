package org.lettersofhope.commons.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one thread loop of a service's background work (the outbox relay, tally's aggregator, webhook delivery): runs a
 * {@link Task} again at once while it finds work, otherwise waits for {@link #wake} or the idle interval; a failure
 * is counted, logged without its stack and retried after an exponential backoff with jitter. Metrics, tagged
 * {@code worker=<name>}: {@code letters_worker_runs_total}, {@code letters_worker_failures_total} and
 * {@code letters_worker_last_run_age_seconds} (how long ago a run last succeeded: a stuck worker shows as a growing
 * age).
 */
public final class BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class);

    /** One round of work. */
    @FunctionalInterface
    public interface Task {
        /** Does some work; answers true when there may be more at once, false to wait for a wake or the interval. */
        boolean runOnce() throws Exception;

        /** After a failed round, before the backoff: drop broken clients, count in the task's own metric. */
        default void onFailure(Exception failure) {
        }
    }

    private final String name;
    private final Duration idleInterval;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Task task;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter runs;
    private final Counter failures;
    private final AtomicLong lastSuccessNanos = new AtomicLong(System.nanoTime());
    private volatile boolean running;
    private Thread thread;

    public BackgroundWorker(String name, Duration idleInterval, Duration minBackoff, Duration maxBackoff,
            MeterRegistry metrics, Task task) {
        this.name = name;
        this.idleInterval = idleInterval;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.task = task;
        this.runs = metrics.counter("letters.worker.runs", "worker", name);
        this.failures = metrics.counter("letters.worker.failures", "worker", name);
        Gauge.builder("letters.worker.last.run.age.seconds", lastSuccessNanos,
                t -> (System.nanoTime() - t.get()) / 1e9).tag("worker", name).register(metrics);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the current round, waiting for it at most {@code grace}. */
    public void stop(Duration grace) {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        wake();
        if (t != null) {
            try {
                t.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Asks for a round now rather than at the end of the idle interval (also cuts a backoff short). */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void loop() {
        Duration backoff = minBackoff;
        while (running) {
            try {
                boolean more = task.runOnce();
                runs.increment();
                lastSuccessNanos.set(System.nanoTime());
                backoff = minBackoff;
                if (!more) {
                    await(idleInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                failures.increment();
                LOG.warnf("%s failed, will retry in about %s: %s", name, backoff, e.getMessage());
                try {
                    task.onFailure(e);
                } catch (RuntimeException ignored) {
                    // cleaning up after a failure must not end the loop
                }
                try {
                    await(jittered(backoff));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = next(backoff, maxBackoff);
            }
        }
    }

    private void await(Duration d) throws InterruptedException {
        wakeUps.tryAcquire(d.toMillis(), TimeUnit.MILLISECONDS);
        wakeUps.drainPermits();
    }

    /** Doubles, up to the maximum. */
    static Duration next(Duration backoff, Duration max) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /** Between half and the whole of {@code d}, so that instances that failed together do not retry together. */
    static Duration jittered(Duration d) {
        long ms = Math.max(1, d.toMillis());
        return Duration.ofMillis(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    }
}
