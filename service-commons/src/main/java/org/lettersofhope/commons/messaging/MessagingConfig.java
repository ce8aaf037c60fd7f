package org.lettersofhope.commons.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the event backbone; every one has a default that suits a single local instance. */
@ConfigMapping(prefix = "letters.messaging")
public interface MessagingConfig {

    /** Create the topics on start when they are missing (local run and tests; production provisions them). */
    @WithName("create-topics")
    @WithDefault("true")
    boolean createTopics();

    @WithName("topic-partitions")
    @WithDefault("3")
    int topicPartitions();

    @WithName("topic-replication")
    @WithDefault("1")
    short topicReplication();

    Outbox outbox();

    Consumers consumers();

    interface Outbox {
        @WithDefault("true")
        boolean enabled();

        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for work when nothing woke it (events of another instance, a failed send). */
        @WithName("poll-interval")
        @WithDefault("500ms")
        Duration pollInterval();

        /**
         * Least time from the start of one part-full batch to the next: events of a busy moment are sent together,
         * at the cost of at most this much delay.
         */
        @WithName("min-interval")
        @WithDefault("20ms")
        Duration minInterval();

        /** How long relayed events stay in the outbox table for audit before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumers {
        @WithDefault("true")
        boolean enabled();

        /** Consumer group ids are {@code <prefix>.<handler name>}; the prefix defaults to the application name. */
        @WithName("group-prefix")
        java.util.Optional<String> groupPrefix();

        @WithName("max-poll-records")
        @WithDefault("500")
        int maxPollRecords();

        /** Longest wait between retries of an event whose effect could not be applied. */
        @WithName("max-backoff")
        @WithDefault("30s")
        Duration maxBackoff();
    }
}
