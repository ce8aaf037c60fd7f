package org.lettersofhope.commons.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code letters_consumer_lag{consumer,topic,partition}}: how many records of each assigned partition this consumer
 * has yet to read, as its client last knew after a poll. Updated on the consumer's own thread (the Kafka consumer is
 * not thread-safe), read by whoever scrapes; a partition given up loses its gauge.
 */
final class ConsumerLag {

    private final String consumer;
    private final MeterRegistry metrics;
    private final Map<TopicPartition, Entry> partitions = new ConcurrentHashMap<>();

    private record Entry(AtomicLong lag, Gauge gauge) {
    }

    ConsumerLag(String consumer, MeterRegistry metrics) {
        this.consumer = consumer;
        this.metrics = metrics;
    }

    /** After each poll, on the consumer's thread. */
    void update(KafkaConsumer<?, ?> c) {
        for (TopicPartition p : c.assignment()) {
            OptionalLong lag = c.currentLag(p);
            if (lag.isPresent()) {
                partitions.computeIfAbsent(p, this::register).lag().set(lag.getAsLong());
            }
        }
    }

    void forgetAll() {
        forget(java.util.List.copyOf(partitions.keySet()));
    }

    void forget(Collection<TopicPartition> given) {
        for (TopicPartition p : given) {
            Entry e = partitions.remove(p);
            if (e != null) {
                metrics.remove(e.gauge());
            }
        }
    }

    private Entry register(TopicPartition p) {
        AtomicLong lag = new AtomicLong();
        Gauge gauge = Gauge.builder("letters.consumer.lag", lag, AtomicLong::get)
                .description("records of the partition not yet read by the consumer")
                .tags("consumer", consumer, "topic", p.topic(), "partition", Integer.toString(p.partition()))
                .register(metrics);
        return new Entry(lag, gauge);
    }
}
