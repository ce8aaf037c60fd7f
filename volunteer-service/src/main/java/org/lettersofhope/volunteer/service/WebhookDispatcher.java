package org.lettersofhope.volunteer.service;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.messaging.BackgroundWorker;
import org.lettersofhope.commons.messaging.Pacing;
import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.commons.security.Sealing;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.config.WebhookConfig;
import org.lettersofhope.volunteer.config.WebhookKeys;
import org.lettersofhope.volunteer.domain.WebhookDeliveryStore;
import org.lettersofhope.volunteer.domain.WebhookStatus;
import org.lettersofhope.volunteer.domain.WebhookSubscription;
import org.lettersofhope.volunteer.domain.WebhookSubscriptionRepository;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends webhook deliveries. A {@link BackgroundWorker} claims due deliveries (a lease on the row, so that another
 * instance or a restart after a crash sends it again only once the lease has passed) and hands them to a shared pool
 * of senders; each subscription has at most {@code max-in-flight} deliveries out and starts at most
 * {@code max-per-second}, so a slow partner fills only its own slots. One aggregate's deliveries go one after
 * another: a later one is claimed only when no earlier one of that aggregate is pending.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Object WAKE_KEY = new Object();
    static final String PING_TYPE = "org.lettersofhope.webhook.ping.v1";

    @Inject
    WebhookConfig config;

    @Inject
    WebhookKeys keys;

    @Inject
    WebhookDeliveryStore store;

    @Inject
    WebhookSubscriptionRepository subscriptions;

    @Inject
    WebhookSubscriptions service;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry metrics;

    private TargetGuard guard;
    private WebhookSender sender;
    private BackgroundWorker worker;
    private ExecutorService senders;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.Queue<Outcome> outcomes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private static final Duration ROUND_INTERVAL = Duration.ofMillis(10);
    private long lastCleanUp;

    void onStart(@Observes StartupEvent event) {
        guard = new TargetGuard(config.requireHttps(), config.allowedAddresses().orElse(List.of()),
                InetAddress::getAllByName);
        sender = new WebhookSender(config.connectTimeout(), config.responseTimeout());
        if (!config.enabled()) {
            LOG.info("webhook delivery disabled on this instance");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        senders = new ThreadPoolExecutor(config.senders(), config.senders(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        worker = new BackgroundWorker("webhook-dispatcher", config.pollInterval(), Duration.ofMillis(200),
                Duration.ofSeconds(10), metrics, this::dispatchRound);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(5));
            senders.shutdown();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
                recordOutcomes(); // what was answered is not sent again after the restart
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the leases pass and those deliveries are sent again
            }
        }
    }

    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Wakes the dispatcher once the current transaction commits (new or resumed deliveries). */
    public void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE_KEY, this::wake);
    }

    /** A target URL as a subscription may name it: 400 naming {@code targetUrl} otherwise. */
    public void checkTarget(String url) {
        try {
            guard.check(url);
        } catch (TargetGuard.Refused e) {
            throw ProblemException.invalidField("targetUrl", e.getMessage());
        }
    }

    /** Claims what may go now and hands it to the senders; answers whether to look again at once. */
    boolean dispatchRound() throws InterruptedException {
        long started = System.nanoTime();
        recordOutcomes();
        Instant now = Instant.now();
        cleanUpOccasionally(now);
        List<Object[]> ready = QuarkusTransaction.requiringNew()
                .call(() -> store.ready(config.maxInFlight(), 500, now));
        if (ready.isEmpty()) {
            return false;
        }
        List<Long> ids = new ArrayList<>();
        for (Object[] r : ready) {
            if (buckets.computeIfAbsent((UUID) r[1], k -> new Bucket(config.maxPerSecond())).take()) {
                ids.add(((Number) r[0]).longValue());
            }
        }
        List<WebhookDeliveryStore.Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> store.lease(ids, now, now.plus(config.lease())));
        for (WebhookDeliveryStore.Claimed c : claimed) {
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    send(c);
                } catch (RuntimeException e) {
                    LOG.warnf("webhook delivery %d failed before its answer was recorded: %s", c.id(),
                            e.getClass().getSimpleName());
                } finally {
                    inFlight.decrementAndGet();
                    wake();
                }
            });
        }
        // Rate-limited subscriptions come back at the next poll; claimed ones free their slots by waking us. Under
        // load, a round at most every few milliseconds records and claims many deliveries in two transactions.
        Pacing.restOf(ROUND_INTERVAL, started);
        return false;
    }

    /** One attempt of one delivery; what follows from its answer is recorded by the next round, with others. */
    void send(WebhookDeliveryStore.Claimed c) {
        WebhookSubscription s = subscription(c.subscriptionId());
        if (s == null || s.status != WebhookStatus.ACTIVE) {
            cache.remove(c.subscriptionId()); // it may have been resumed within the second: look again
            s = subscription(c.subscriptionId());
        }
        if (s == null || s.status != WebhookStatus.ACTIVE || c.payload() == null) {
            QuarkusTransaction.requiringNew().run(() -> store.release(c.id()));
            return;
        }
        Instant at = Instant.now();
        byte[] body = Sealing.open(keys.sealing(), c.payload(), payloadContext(c.subscriptionId(), c.eventId()));
        WebhookSender.Result result = attempt(s, c.eventId().toString(), body, at);
        outcomes.add(outcome(c, c.attempts() + 1, at, result));
    }

    /**
     * The subscription as read at most a second ago: a sender does not pay a transaction per delivery. A pause or
     * an edit is seen within that second; a delivery sent meanwhile was due anyway.
     */
    private WebhookSubscription subscription(UUID id) {
        Cached cached = cache.get(id);
        if (cached != null && System.nanoTime() - cached.at < 1_000_000_000L) {
            return cached.subscription;
        }
        WebhookSubscription found = QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription f = subscriptions.findById(id);
            if (f != null) {
                subscriptions.getEntityManager().detach(f);
            }
            return f;
        });
        cache.put(id, new Cached(found, System.nanoTime()));
        return found;
    }

    private record Cached(WebhookSubscription subscription, long at) {
    }

    private WebhookSender.Result attempt(WebhookSubscription s, String id, byte[] body, Instant at) {
        TargetGuard.Target target;
        try {
            target = guard.check(s.targetUrl);
        } catch (TargetGuard.Refused e) {
            return new WebhookSender.Result(null, "target refused: " + e.getMessage(), 0);
        }
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", EventEnvelope.STRUCTURED_CONTENT_TYPE);
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignatures.header(service.signingSecrets(s, at), id, timestamp, body));
        WebhookSender.Result result = sender.post(target, headers, body);
        metrics.counter("letters.webhooks.attempts", "outcome", result.delivered() ? "delivered"
                : result.status() != null ? "http-" + result.status() / 100 + "xx" : "no-answer").increment();
        return result;
    }

    /** What an attempt's answer means for its delivery and subscription. */
    record Outcome(long delivery, int attempt, Instant at, WebhookSender.Result result, String status, Instant next,
            boolean forgetPayload, UUID subscription, WebhookStatus subscriptionStatus, String reason) {
    }

    private Outcome outcome(WebhookDeliveryStore.Claimed c, int attempt, Instant at, WebhookSender.Result r) {
        Instant now = Instant.now();
        // the notice of an erasure names the person: once it has reached the partner (or was given up) it goes
        boolean erasure = EventTypes.VOLUNTEER_ERASED.name().equals(c.eventType());
        String error = r.error() != null ? r.error() : r.delivered() ? null : "HTTP " + r.status();
        if (r.delivered()) {
            return new Outcome(c.id(), attempt, at, r, "DELIVERED", null, erasure, c.subscriptionId(), null, null);
        }
        if (r.status() != null && r.status() == 410) {
            return new Outcome(c.id(), attempt, at, r, "GIVEN_UP", null, erasure, c.subscriptionId(),
                    WebhookStatus.ENDED, "The endpoint answered 410 Gone at " + now + ".");
        }
        if (Duration.between(c.createdAt(), now).compareTo(config.retryFor()) >= 0) {
            return new Outcome(c.id(), attempt, at, r, "GIVEN_UP", null, erasure, c.subscriptionId(),
                    WebhookStatus.DISABLED, "No attempt succeeded for " + config.retryFor() + " (" + attempt
                            + " attempts, the last: " + error + "); resume it to send again.");
        }
        return new Outcome(c.id(), attempt, at, r, "PENDING", now.plus(backoff(attempt)), false, c.subscriptionId(),
                null, null);
    }

    /** Records the answers that came since the last round, in one transaction. */
    void recordOutcomes() {
        List<Outcome> batch = new ArrayList<>();
        for (Outcome o; (o = outcomes.poll()) != null;) {
            batch.add(o);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (Outcome o : batch) {
                    WebhookSender.Result r = o.result();
                    String error = r.error() != null ? r.error() : r.delivered() ? null : "HTTP " + r.status();
                    store.attempted(o.delivery(), o.attempt(), o.at(), r.status(), error, (int) r.latencyMs(),
                            o.status(), o.next(), o.forgetPayload());
                    if (o.subscriptionStatus() != null) {
                        setStatus(o.subscription(), o.subscriptionStatus(), o.reason());
                    }
                }
            });
        } catch (RuntimeException e) {
            // not recorded: their leases pass and they are sent again (at least once)
            LOG.warnf("could not record %d webhook attempts: %s", batch.size(), e.getClass().getSimpleName());
            throw e;
        }
    }

    private void setStatus(UUID id, WebhookStatus status, String reason) {
        WebhookSubscription s = subscriptions.findById(id);
        if (s != null && s.status == WebhookStatus.ACTIVE) {
            s.status = status;
            s.statusReason = reason;
            s.updatedAt = Instant.now();
            cache.remove(id);
            LOG.infof("webhook subscription %s is %s", id, status);
        }
    }

    /** Exponential from the first backoff, up to the maximum, each between half and the whole (jitter). */
    Duration backoff(int attempt) {
        Duration d = config.firstBackoff();
        for (int i = 1; i < attempt && d.compareTo(config.maxBackoff()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        if (d.compareTo(config.maxBackoff()) > 0) {
            d = config.maxBackoff();
        }
        long ms = d.toMillis();
        return Duration.ofMillis(ms / 2 + ThreadLocalRandom.current().nextLong(ms / 2 + 1));
    }

    /** The test ping: one signed CloudEvent sent now, not logged, its answer returned. */
    public WebhookSender.Result ping(WebhookSubscription s) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/volunteer-service\","
                + "\"type\":\"" + PING_TYPE + "\",\"time\":\"" + now + "\",\"subject\":\"" + s.id + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"subscriptionId\":\"" + s.id + "\"}}";
        return attempt(s, id, body.getBytes(StandardCharsets.UTF_8), now);
    }

    static String payloadContext(UUID subscription, UUID event) {
        return "webhook_delivery.payload:" + subscription + ":" + event;
    }

    private void cleanUpOccasionally(Instant now) {
        long ms = System.currentTimeMillis();
        if (ms - lastCleanUp < Duration.ofMinutes(10).toMillis()) {
            return;
        }
        lastCleanUp = ms;
        long n = QuarkusTransaction.requiringNew().call(() -> store.cleanUp(now.minus(config.payloadRetention()),
                now.minus(config.logRetention())));
        if (n > 0) {
            LOG.infof("webhook clean-up: %d payloads or log entries past their retention removed", n);
        }
    }

    /** A subscription's starts per second: a token bucket refilled continuously. */
    static final class Bucket {
        private final double perSecond;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens--;
                return true;
            }
            return false;
        }
    }
}
