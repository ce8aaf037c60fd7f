package org.lettersofhope.commons.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.lettersofhope.commons.messaging.ConsumedEventLog.Outcome;
import org.lettersofhope.commons.tracing.Tracing;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.MalformedEventException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Feeds one {@link EventHandler} from Kafka. A polled batch is applied in one transaction together with the event ids
 * it records; offsets are committed after that commit. If the batch fails, each record is retried in a transaction
 * of its own so that one failing event holds back only its partition, and is retried with a growing pause.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final EventHandler handler;
    private final EventRoutes routes;
    private final KafkaClients clients;
    private final ConsumedEventLog log;
    private final MessagingConfig config;
    private final Tracing tracing;
    private final Counter applied;
    private final Counter duplicates;
    private final Counter rejected;
    private final Counter skipped;
    private final ConsumerLag lag;
    private volatile boolean running = true;
    private volatile boolean rewind;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Duration backoff = Duration.ZERO;

    ConsumerLoop(EventHandler handler, KafkaClients clients, ConsumedEventLog log, MessagingConfig config,
            MeterRegistry metrics, Tracing tracing) {
        this.handler = handler;
        this.routes = handler.routes();
        this.tracing = tracing;
        this.clients = clients;
        this.log = log;
        this.config = config;
        this.applied = metrics.counter("letters.events.applied", "consumer", handler.name());
        this.duplicates = metrics.counter("letters.events.duplicates", "consumer", handler.name());
        this.rejected = metrics.counter("letters.events.rejected", "consumer", handler.name());
        this.skipped = metrics.counter("letters.events.skipped", "consumer", handler.name());
        this.lag = new ConsumerLag(handler.name(), metrics);
    }

    @Override
    public void run() {
        while (running) {
            if (!clients.ensureTopics()) {
                pause(Duration.ofSeconds(1));
                continue;
            }
            KafkaConsumer<String, byte[]> c = clients.consumer(handler.name());
            try {
                consumer = c;
                c.subscribe(List.copyOf(routes.topics()), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        LOG.debugf("consumer %s gave up %s", handler.name(), partitions);
                        lag.forget(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        LOG.infof("consumer %s was assigned %s", handler.name(), partitions);
                    }
                });
                while (running) {
                    if (rewind && !c.assignment().isEmpty()) {
                        c.seekToBeginning(c.assignment());
                        rewind = false;
                        LOG.infof("consumer %s reads %s again from the beginning", handler.name(), c.assignment());
                    }
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
                    lag.update(c);
                    if (!records.isEmpty()) {
                        Map<TopicPartition, OffsetAndMetadata> done = process(c, records);
                        if (!done.isEmpty()) {
                            c.commitSync(done);
                        }
                    }
                }
            } catch (WakeupException e) {
                // stop() was called
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("consumer %s failed and restarts: %s", handler.name(), e.getMessage());
                    pause(Duration.ofSeconds(2));
                }
            } finally {
                lag.forgetAll();
                consumer = null;
                // Stopping for good, a static member leaves its groups too, so that its partitions move at once (and
                // an operator may reset the group's offsets); restarting after a failure, it keeps its place.
                c.close(CloseOptions.groupMembershipOperation(running ? CloseOptions.GroupMembershipOperation.DEFAULT
                        : CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
            }
        }
    }

    /**
     * Reads every partition this consumer holds again from its first record, from its next poll on (or once it is
     * assigned partitions). Events already applied are recognised by id and change nothing.
     */
    void rewind() {
        rewind = true;
    }

    String name() {
        return handler.name();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> process(KafkaConsumer<String, byte[]> c,
            ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                for (ConsumerRecord<String, byte[]> r : records) {
                    apply(r);
                }
            });
            for (TopicPartition p : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> inPartition = records.records(p);
                done.put(p, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            }
            backoff = Duration.ZERO;
            return done;
        } catch (RuntimeException batchFailure) {
            LOG.debugf("batch of %d failed, applying one by one: %s", records.count(), batchFailure.getMessage());
        }
        for (TopicPartition p : records.partitions()) {
            for (ConsumerRecord<String, byte[]> r : records.records(p)) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> apply(r));
                    done.put(p, new OffsetAndMetadata(r.offset() + 1));
                    backoff = Duration.ZERO;
                } catch (RuntimeException e) {
                    if (isUnreadable(e)) {
                        // Retrying cannot help an event whose payload is unreadable: set it aside and move on.
                        QuarkusTransaction.requiringNew().run(() -> reject(r, e));
                        done.put(p, new OffsetAndMetadata(r.offset() + 1));
                        continue;
                    }
                    LOG.warnf("consumer %s could not apply %s-%d@%d, retrying: %s", handler.name(), r.topic(),
                            r.partition(), r.offset(), e.getMessage());
                    c.seek(p, r.offset());
                    backoff = backoff.isZero() ? Duration.ofMillis(100) : backoff.multipliedBy(2);
                    if (backoff.compareTo(config.consumers().maxBackoff()) > 0) {
                        backoff = config.consumers().maxBackoff();
                    }
                    pause(backoff);
                    break;
                }
            }
        }
        return done;
    }

    private void apply(ConsumerRecord<String, byte[]> r) {
        EventEnvelope event;
        try {
            event = EventCodec.decode(r.value());
        } catch (MalformedEventException e) {
            reject(r, e);
            return;
        }
        // Kafka is no proof of who wrote a record: only the topic's owner, with a type of that topic, is believed.
        Optional<String> foreign = EventTypes.foreignOrigin(r.topic(), event, config.sourceBase());
        if (foreign.isPresent()) {
            reject(r, foreign.get());
            return;
        }
        if (!routes.accepts(event.type())) {
            // A type of the topic this handler has no use for: nothing to do, and nothing to retry.
            skipped.increment();
            return;
        }
        if (log.recordIfNew(handler.name(), event.id(), event.type(), r.topic(), r.partition(), r.offset(),
                Outcome.APPLIED)) {
            // The handler runs in a consumer span continuing the trace the event carries.
            try (Tracing.Consumption span = tracing.consuming(handler.name(), r.topic(), r.partition(), r.offset(),
                    event)) {
                try {
                    routes.dispatch(event);
                } catch (RuntimeException e) {
                    span.failed(e);
                    throw e;
                }
            }
            applied.increment();
        } else {
            duplicates.increment();
        }
    }

    /** Records an unreadable record as rejected, so it is neither applied nor looked at again. */
    private void reject(ConsumerRecord<String, byte[]> r, RuntimeException why) {
        reject(r, "an unreadable record", rootMessage(why));
    }

    /** Records a readable record that does not come from the topic's owner as rejected; it is never applied. */
    private void reject(ConsumerRecord<String, byte[]> r, String why) {
        reject(r, "a record not from the owner of its topic", why);
    }

    private void reject(ConsumerRecord<String, byte[]> r, String what, String why) {
        String id = "rejected:" + r.topic() + "-" + r.partition() + "@" + r.offset();
        if (log.recordIfNew(handler.name(), id, null, r.topic(), r.partition(), r.offset(), Outcome.REJECTED)) {
            // Only where it is and why: the content may be anything, so it is not logged.
            LOG.warnf("consumer %s set aside %s at %s-%d@%d: %s", handler.name(), what, r.topic(), r.partition(),
                    r.offset(), why);
            rejected.increment();
        }
    }

    private static boolean isUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return t.getMessage();
            }
        }
        return e.getMessage();
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
