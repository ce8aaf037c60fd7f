package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

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
 * Live totals for many watchers. The aggregator notifies PostgreSQL's channel {@code tally_changed} in the
 * transaction that changes counters, so every instance hears of a change once it is committed, whichever instance
 * made it. One listener thread collects the campaigns that changed; one pusher reads each changed campaign's totals
 * once and hands them to all its watchers — no watcher causes a query of its own, and a new watcher is handed the
 * current totals on its own, without a push to everyone. A watcher that cannot keep up gets the latest totals and
 * misses intermediate ones. Adding and removing a watcher is O(1). Streams are capped per client address and in
 * total ({@code letters.tallies.stream.*}).
 */
@ApplicationScoped
public class TallyHub {

    private static final Logger LOG = Logger.getLogger(TallyHub.class);

    /** Refused: the caller already has, or everyone together has, as many streams as allowed. */
    public static final class TooManyStreams extends RuntimeException {
        private final transient Duration retryAfter;

        TooManyStreams(String message, Duration retryAfter) {
            super(message, null, false, false);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * A stream's place under the caps, given back once: when the stream ends, or when its connection goes away
     * whatever state the stream is in (then its watcher goes too).
     */
    public final class Slot {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile Watcher watcher;
        private volatile BooleanSupplier gone = () -> false;

        private Slot(String client) {
            this.client = client;
        }

        /** How to tell that the stream's connection is gone, looked at now and then in case no one says so. */
        public void goneWhen(BooleanSupplier connectionGone) {
            this.gone = connectionGone;
        }

        public void release() {
            slots.remove(this);
            if (released.compareAndSet(false, true)) {
                perClient.computeIfPresent(client, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
                total.decrementAndGet();
            }
            Watcher w = watcher;
            if (w != null) {
                remove(w);
            }
        }

        boolean isReleased() {
            return released.get();
        }
    }

    /** One stream: the public are handed protected figures, insiders exact ones. */
    private record Watcher(UUID campaignId, MultiEmitter<? super TallyQueries.CampaignTotals> emitter,
            boolean exact) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CounterRepository counters;

    @Inject
    Directory directory;

    @Inject
    DisclosureControl disclosure;

    @Inject
    TallyConfig config;

    private final Map<UUID, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final Queue<Watcher> newcomers = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private long lastSweep = System.nanoTime();
    private final AtomicInteger total = new AtomicInteger();
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
        watchers.values().forEach(set -> set.forEach(w -> w.emitter().complete()));
    }

    /**
     * A place for one more stream of this client address, or {@link TooManyStreams} when the client or everyone
     * together already has as many as allowed.
     */
    public Slot admit(String client) {
        TallyConfig.Stream caps = config.stream();
        if (total.incrementAndGet() > caps.maxTotal()) {
            total.decrementAndGet();
            throw new TooManyStreams("Too many live streams are open just now. Try again in "
                    + caps.retryAfter().toSeconds() + " s, or read the totals instead.", caps.retryAfter());
        }
        AtomicInteger mine = perClient.compute(client, (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            count.incrementAndGet();
            return count;
        });
        if (mine.get() > caps.maxPerClient()) {
            new Slot(client).release();
            throw new TooManyStreams("Your address has " + caps.maxPerClient() + " live streams open already: close "
                    + "one, or try again in " + caps.retryAfter().toSeconds() + " s.", caps.retryAfter());
        }
        Slot slot = new Slot(client);
        slots.add(slot);
        return slot;
    }

    /** The campaign's totals now, then each time they change; the slot is given back when the stream ends. */
    public Multi<TallyQueries.CampaignTotals> watch(UUID campaignId, boolean exact, Slot slot) {
        return Multi.createFrom().<TallyQueries.CampaignTotals>emitter(emitter -> {
            Watcher w = new Watcher(campaignId, emitter, exact);
            slot.watcher = w;
            emitter.onTermination(slot::release);
            // Registered first, read second: a change committed in between is in the first push or the next.
            watchers.compute(campaignId, (id, set) -> {
                Set<Watcher> s = set == null ? ConcurrentHashMap.newKeySet() : set;
                s.add(w);
                return s;
            });
            if (emitter.isCancelled() || slot.isReleased()) {
                remove(w);
                return;
            }
            newcomers.add(w);
            work.release();
        }, BackPressureStrategy.LATEST);
    }

    private void remove(Watcher w) {
        watchers.computeIfPresent(w.campaignId(), (id, set) -> {
            set.remove(w);
            return set.isEmpty() ? null : set;
        });
    }

    public int watchers(UUID campaignId) {
        Set<Watcher> set = watchers.get(campaignId);
        return set == null ? 0 : set.size();
    }

    /** Streams open from this client address (all of them when null). */
    public int streams(String client) {
        if (client == null) {
            return total.get();
        }
        AtomicInteger n = perClient.get(client);
        return n == null ? 0 : n.get();
    }

    private void changed(UUID campaignId) {
        changed.add(campaignId);
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
                watchers.keySet().forEach(this::changed);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification n : notes) {
                        try {
                            UUID id = UUID.fromString(n.getParameter());
                            if (watchers.containsKey(id)) {
                                changed(id);
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
        long interval = config.stream().pushInterval().toNanos();
        long wait = interval;
        while (running) {
            try {
                work.tryAcquire(wait, TimeUnit.NANOSECONDS);
                work.drainPermits();
                long now = System.nanoTime();
                Map<UUID, List<Watcher>> fresh = new HashMap<>();
                for (Watcher w; (w = newcomers.poll()) != null;) {
                    fresh.computeIfAbsent(w.campaignId(), id -> new ArrayList<>()).add(w);
                }
                Set<UUID> due = new LinkedHashSet<>();
                long soonest = interval;
                for (UUID id : changed) {
                    Long last = lastPush.get(id);
                    if (last != null && now - last < interval) {
                        // pushed a moment ago: this change goes out as soon as the interval has passed
                        soonest = Math.min(soonest, last + interval - now);
                        continue;
                    }
                    changed.remove(id);
                    due.add(id);
                }
                sweep(now);
                Set<UUID> campaigns = new LinkedHashSet<>(due);
                campaigns.addAll(fresh.keySet());
                for (UUID id : campaigns) {
                    Iterable<Watcher> targets;
                    if (due.contains(id)) {
                        Set<Watcher> all = watchers.get(id);
                        if (all == null) {
                            lastPush.remove(id);
                            continue;
                        }
                        lastPush.put(id, now);
                        targets = all;
                    } else {
                        targets = fresh.get(id);
                    }
                    hand(id, targets);
                }
                wait = Math.max(TimeUnit.MILLISECONDS.toNanos(1), soonest);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("live tallies could not be pushed: %s", e.getMessage());
                sleep(500);
            }
        }
    }

    /**
     * Gives back the places of streams whose connection is gone without anyone saying so (a client reset before
     * its first event can leave no close to be told of), about once a second.
     */
    private void sweep(long now) {
        if (now - lastSweep < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        lastSweep = now;
        for (Slot slot : slots) {
            if (slot.gone.getAsBoolean()) {
                slot.release();
            }
        }
    }

    /** Reads the campaign's totals once (exact, protected, or both, as the watchers need) and hands them over. */
    private void hand(UUID id, Iterable<Watcher> targets) {
        Optional<Directory.CampaignView> campaign = directory.campaign(id);
        if (campaign.isEmpty()) {
            return;
        }
        TallyQueries.CampaignTotals exact = null;
        TallyQueries.CampaignTotals protectedTotals = null;
        for (Watcher w : targets) {
            if (w.exact()) {
                if (exact == null) {
                    exact = TallyQueries.totals(campaign.get(), counters.totals(id), ZoneOffset.UTC);
                }
                w.emitter().emit(exact);
            } else {
                if (protectedTotals == null) {
                    protectedTotals = TallyQueries.totals(campaign.get(), disclosure.publicTotals(id),
                            ZoneOffset.UTC);
                }
                w.emitter().emit(protectedTotals);
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
