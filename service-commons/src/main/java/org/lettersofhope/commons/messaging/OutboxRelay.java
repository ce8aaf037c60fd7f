package org.lettersofhope.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.lettersofhope.shared.event.EventEnvelope;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka, oldest first, and marks them published in the same transaction that locked them.
 * A crash after sending but before that commit sends the events again on restart: consumers drop the duplicates by
 * event id, so nothing is lost and nothing counts twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository repository;

    @Inject
    KafkaClients clients;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry metrics;

    private BackgroundWorker worker;
    private KafkaProducer<String, byte[]> producer;

    void onStart(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        worker = new BackgroundWorker("outbox-relay", config.outbox().pollInterval(), Duration.ofMillis(200),
                Duration.ofSeconds(10), metrics, new BackgroundWorker.Task() {
                    @Override
                    public boolean runOnce() throws InterruptedException {
                        return relayRound();
                    }

                    @Override
                    public void onFailure(Exception failure) {
                        metrics.counter("letters.outbox.failures").increment();
                        resetProducer();
                    }
                });
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(15));
        }
        resetProducer();
    }

    /** Asks the relay to look for work now rather than at its next poll. */
    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** One round: a batch if there is one; answers whether to go on at once. */
    private boolean relayRound() throws InterruptedException {
        if (producer == null) {
            if (!clients.ensureTopics()) {
                throw new IllegalStateException("the event topics are not there yet");
            }
            producer = clients.producer();
        }
        long started = System.nanoTime();
        int sent = relayBatch();
        if (sent > 0 && sent < config.outbox().batchSize()) {
            // A part batch: let a busy moment's events gather for the next one rather than pay a relay
            // transaction (and a durable commit) for every few events.
            Pacing.restOf(config.outbox().minInterval(), started);
        }
        if (sent == 0) {
            cleanUpOccasionally();
        }
        return sent > 0;
    }

    /** Sends one batch and marks it published; the row locks and the marks share one transaction. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            if (!repository.tryRelayLock()) {
                return 0;
            }
            List<OutboxRepository.Pending> batch = repository.lockNextBatch(config.outbox().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxRepository.Pending e : batch) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(e.topic(), e.key(),
                        e.envelope().getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type",
                        EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("Kafka did not acknowledge an event: " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            repository.markPublished(batch.stream().map(OutboxRepository.Pending::seq).toList(), Instant.now());
            metrics.counter("letters.outbox.published").increment(batch.size());
            return batch.size();
        });
    }

    private long lastCleanUp;

    private void cleanUpOccasionally() {
        long now = System.currentTimeMillis();
        if (now - lastCleanUp < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanUp = now;
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        long deleted = QuarkusTransaction.requiringNew().call(() -> repository.deletePublishedBefore(cutoff));
        if (deleted > 0) {
            LOG.infof("deleted %d relayed outbox events older than %s", deleted, config.outbox().retention());
        }
    }

    private void resetProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException ignored) {
                // closing a broken producer may fail; a new one is made on the next round
            }
            producer = null;
        }
    }
}
