package org.lettersofhope.commons.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.tracing.Tracing;

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

    @Inject
    Tracing tracing;

    private final List<ConsumerLoop> loops = new ArrayList<>();
    private final Map<String, Thread> threads = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        if (!config.consumers().enabled()) {
            LOG.info("event consumers disabled");
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, clients, log, config, metrics, tracing);
            Thread t = new Thread(loop, "consumer-" + handler.name());
            t.setDaemon(true);
            loops.add(loop);
            watch(handler.name(), t);
            t.start();
            LOG.infof("consumer %s listens to %s as group %s", handler.name(), handler.routes().topics(),
                    clients.groupId(handler.name()));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        loops.forEach(ConsumerLoop::stop);
        for (Thread t : threads.values()) {
            try {
                t.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Keeps the thread among those whose death makes the service unready, and says why it died. */
    void watch(String name, Thread t) {
        t.setUncaughtExceptionHandler((thread, e) -> LOG.errorf(e, "consumer %s died; readiness is DOWN", name));
        threads.put(name, t);
    }

    /**
     * Makes every consumer of this instance read its partitions again from offset 0 (a replay into this database);
     * answers their names. Idempotent: what was applied already is recognised by event id and skipped.
     */
    public List<String> replayFromStart() {
        loops.forEach(ConsumerLoop::rewind);
        return loops.stream().map(ConsumerLoop::name).sorted().toList();
    }

    /** Each consumer by name, and whether its thread is running (none when consumers are disabled). */
    public Map<String, Boolean> consumers() {
        Map<String, Boolean> out = new TreeMap<>();
        threads.forEach((name, t) -> out.put(name, t.isAlive()));
        return out;
    }

    /** True when every consumer thread is running (consumers disabled count as running). */
    public boolean allRunning() {
        return !consumers().containsValue(false);
    }
}
