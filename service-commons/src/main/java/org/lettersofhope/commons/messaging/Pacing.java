package org.lettersofhope.commons.messaging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * For batch loops (the outbox relay, tally's aggregator): after a batch, wait out the rest of a least interval, so a
 * busy moment's rows are taken together rather than one transaction each.
 */
public final class Pacing {

    private Pacing() {
    }

    /** Sleeps until {@code minInterval} has passed since {@code startedNanos} ({@link System#nanoTime()}). */
    public static void restOf(Duration minInterval, long startedNanos) throws InterruptedException {
        long rest = minInterval.toNanos() - (System.nanoTime() - startedNanos);
        if (rest > 0) {
            TimeUnit.NANOSECONDS.sleep(rest);
        }
    }
}
