package org.lettersofhope.commons.messaging;

import java.time.Duration;

import org.lettersofhope.shared.event.Topics;

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

    /**
     * The base of every event's CloudEvents {@code source}, followed by the owning service: an absolute URI, the
     * same for every service of a deployment (consumers compare sources with it).
     */
    @WithName("source-base")
    @WithDefault(Topics.DEFAULT_SOURCE_BASE)
    String sourceBase();

    /**
     * The base of every event's {@code dataschema}, followed by the event type: where this service serves its
     * payload schemas ({@code https://<host>/asyncapi/schemas/}) or, by default, a URN naming them.
     */
    @WithName("schema-base")
    @WithDefault("urn:lettersofhope:schema:")
    String schemaBase();

    /** Check every recorded event against the service's AsyncAPI document ({@link EnvelopeChecks}); tests and dev. */
    @WithName("check-schemas")
    @WithDefault("false")
    boolean checkSchemas();

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

        /**
         * This instance's stable name, unique among the live instances of the service and the same after a restart
         * (a pod's name). With it the consumers are static members of their groups: a restarted instance takes its
         * partitions back at once instead of after the crashed one's session timed out. Unset: dynamic members.
         */
        @WithName("instance-id")
        java.util.Optional<String> instanceId();

        @WithName("max-poll-records")
        @WithDefault("500")
        int maxPollRecords();

        /** Longest wait between retries of an event whose effect could not be applied. */
        @WithName("max-backoff")
        @WithDefault("30s")
        Duration maxBackoff();
    }
}
