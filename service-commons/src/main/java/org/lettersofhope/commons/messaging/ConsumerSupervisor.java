package org.lettersofhope.commons.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts one consumer thread per {@link EventHandler} bean and stops them on shutdown. */
@ApplicationScoped
public class ConsumerSupervisor {

    private static final Logger LOG = Logger.getLogger(ConsumerSupervisor.class);

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    KafkaClients clients;

    @Inject
    ConsumedEventLog log;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry metrics;

    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    void onStart(@Observes StartupEvent event) {
        if (!config.consumers().enabled()) {
            LOG.info("event consumers disabled");
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, clients, log, config, metrics);
            Thread t = new Thread(loop, "consumer-" + handler.name());
            t.setDaemon(true);
            loops.add(loop);
            threads.add(t);
            t.start();
            LOG.infof("consumer %s listens to %s as group %s", handler.name(), handler.topics(),
                    clients.groupId(handler.name()));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        loops.forEach(ConsumerLoop::stop);
        for (Thread t : threads) {
            try {
                t.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True when every consumer thread is running (consumers disabled count as running). */
    public boolean allRunning() {
        return threads.stream().allMatch(Thread::isAlive);
    }
}
