package org.lettersofhope.commons.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lettersofhope.shared.event.Topics;

import io.smallrye.common.annotation.Identifier;

/** Creates the Kafka clients of the backbone from the service's {@code kafka.*} settings. */
@ApplicationScoped
public class KafkaClients {

    private static final Logger LOG = Logger.getLogger(KafkaClients.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MessagingConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private volatile boolean topicsReady;

    /** An idempotent producer: acks from all in-sync replicas, no duplicates from its own retries. */
    public KafkaProducer<String, byte[]> producer() {
        Map<String, Object> props = base();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer that never commits by itself: offsets are committed after the effect's transaction. */
    public KafkaConsumer<String, byte[]> consumer(String consumerName) {
        Map<String, Object> props = base();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(consumerName));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId(consumerName) + "-" + ProcessHandle.current().pid());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumers().maxPollRecords());
        // A crashed instance's partitions move to a live one after 10 s rather than the default 45 s.
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        config.consumers().instanceId().ifPresent(id -> props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id));
        // A topic created after the consumer started is noticed within seconds, not the default five minutes.
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public String groupId(String consumerName) {
        return config.consumers().groupPrefix().orElse(applicationName) + "." + consumerName;
    }

    /** Creates any missing backbone topic; answers false when the broker could not be reached yet. */
    public boolean ensureTopics() {
        if (topicsReady || !config.createTopics()) {
            return true;
        }
        try (Admin admin = Admin.create(base())) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.all().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.topicPartitions(), config.topicReplication())
                            // Kept for good: rebuilding a projection replays its topics from the beginning. A
                            // compacted topic keeps the latest record of each key instead.
                            .configs(Topics.isCompacted(t) ? Map.of("cleanup.policy", "compact")
                                    : Map.of("retention.ms", "-1")))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
            topicsReady = true;
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warnf("Kafka topics could not be checked yet: %s", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, Object> base() {
        return new HashMap<>(kafkaConfig);
    }
}
