package org.lettersofhope.tally.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of tally-service ({@code letters.tallies.*}). */
@ConfigMapping(prefix = "letters.tallies")
public interface TallyConfig {

    /** Public reads report a chapter or region cell below this as "fewer than" it. */
    @WithName("small-cell-threshold")
    @WithDefault("5")
    int smallCellThreshold();

    Aggregator aggregator();

    Stream stream();

    /** Live streams (Server-Sent Events): each holds a connection, so they are capped. */
    interface Stream {
        /** Streams one client address may hold open at once (dashboards behind one office address count together). */
        @WithName("max-per-client")
        @WithDefault("20")
        int maxPerClient();

        /** Streams this instance holds open at once, everyone together. */
        @WithName("max-total")
        @WithDefault("2000")
        int maxTotal();

        /** What a refused stream is told to wait (Retry-After). */
        @WithName("retry-after")
        @WithDefault("30s")
        Duration retryAfter();

        /**
         * One campaign's totals are pushed to its streams at most this often; changes in between go out together.
         * It bounds the work per stream when a campaign is busy, and it is the largest part of what a viewer waits.
         */
        @WithName("push-interval")
        @WithDefault("50ms")
        Duration pushInterval();
    }

    interface Aggregator {
        @WithDefault("true")
        boolean enabled();

        /** Contributions added to the counters per transaction at most. */
        @WithName("batch-size")
        @WithDefault("5000")
        int batchSize();

        /**
         * Least time between two batches: work arriving meanwhile is added together, so a hot counter is updated
         * (and its TallyChanged published) at most this often.
         */
        @WithName("min-interval")
        @WithDefault("25ms")
        Duration minInterval();

        /** How often the aggregator looks for work nobody woke it for (another instance's writes). */
        @WithName("poll-interval")
        @WithDefault("250ms")
        Duration pollInterval();
    }
}
