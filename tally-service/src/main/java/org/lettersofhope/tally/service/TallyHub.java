package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.lettersofhope.tally.domain.CounterRepository;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Live totals for any number of watchers. The aggregator notifies PostgreSQL's channel {@code tally_changed} in the
 * transaction that changes counters, so every instance hears of a change once it is committed, whichever instance
 * made it. One listener thread collects the campaigns that changed; one pusher reads each changed campaign's totals
 * once and hands them to all its watchers — no watcher causes a query of its own. A watcher that cannot keep up gets
 * the latest totals and misses intermediate ones.
 */
@ApplicationScoped
public class TallyHub {

    private static final Logger LOG = Logger.getLogger(TallyHub.class);

    /** Totals of one campaign are pushed at most this often; changes in between are pushed together. */
    static final Duration MIN_PUSH_INTERVAL = Duration.ofMillis(200);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CounterRepository counters;

    @Inject
    Directory directory;

    private final Map<UUID, Set<MultiEmitter<? super TallyQueries.CampaignTotals>>> watchers =
            new ConcurrentHashMap<>();
    private final Set<UUID> changed = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Long> lastPush = new ConcurrentHashMap<>();
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private Thread listener;
    private Thread pusher;

    void onStart(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "tally-hub-listener");
        listener.setDaemon(true);
        listener.start();
        pusher = new Thread(this::push, "tally-hub-pusher");
        pusher.setDaemon(true);
        pusher.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        work.release();
        watchers.values().forEach(set -> set.forEach(MultiEmitter::complete));
    }

    /** The campaign's totals now, then each time they change. */
    public Multi<TallyQueries.CampaignTotals> watch(UUID campaignId) {
        return Multi.createFrom().emitter(emitter -> {
            watchers.computeIfAbsent(campaignId, id -> new CopyOnWriteArraySet<>()).add(emitter);
            emitter.onTermination(() -> {
                Set<MultiEmitter<? super TallyQueries.CampaignTotals>> set = watchers.get(campaignId);
                if (set != null) {
                    set.remove(emitter);
                }
            });
            // Registered first, read second: a change committed in between is in the first push or the next.
            changed(campaignId, true);
        }, BackPressureStrategy.LATEST);
    }

    public int watchers(UUID campaignId) {
        Set<MultiEmitter<? super TallyQueries.CampaignTotals>> set = watchers.get(campaignId);
        return set == null ? 0 : set.size();
    }

    private void changed(UUID campaignId, boolean now) {
        changed.add(campaignId);
        if (now) {
            lastPush.remove(campaignId);
        }
        work.release();
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + Aggregator.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                // Anything may have changed while no one listened.
                watchers.keySet().forEach(id -> changed(id, false));
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        try {
                            UUID id = UUID.fromString(n.getParameter());
                            if (watchers.containsKey(id)) {
                                changed(id, false);
                            }
                        } catch (IllegalArgumentException ignored) {
                            // not ours
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("live tally listener lost its connection, reconnecting: %s", e.getMessage());
                    sleep(1000);
                }
            }
        }
    }

    private void push() {
        while (running) {
            try {
                work.tryAcquire(MIN_PUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                work.drainPermits();
                long now = System.nanoTime();
                for (UUID id : changed) {
                    Long last = lastPush.get(id);
                    if (last != null && now - last < MIN_PUSH_INTERVAL.toNanos()) {
                        continue; // pushed a moment ago: this change goes out on a later round
                    }
                    changed.remove(id);
                    Set<MultiEmitter<? super TallyQueries.CampaignTotals>> set = watchers.get(id);
                    if (set == null || set.isEmpty()) {
                        watchers.remove(id);
                        lastPush.remove(id);
                        continue;
                    }
                    lastPush.put(id, now);
                    directory.campaign(id).ifPresent(campaign -> {
                        TallyQueries.CampaignTotals totals = TallyQueries.totals(campaign, counters.totals(id),
                                ZoneOffset.UTC);
                        set.forEach(e -> e.emit(totals));
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("live tallies could not be pushed: %s", e.getMessage());
                sleep(500);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
