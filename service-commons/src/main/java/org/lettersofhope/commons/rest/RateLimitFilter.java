package org.lettersofhope.commons.rest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.lettersofhope.shared.problem.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * A token bucket per client address for {@link RateLimited} endpoints: {@code limit} requests per {@code period},
 * refilled continuously. Buckets live in this instance's memory, so N instances allow N times the limit — enough to
 * stop a script hammering a public form. Behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding}
 * so the client's address is the one counted.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    private static final int MAX_CLIENTS = 100_000;

    // Looked up on first use: JAX-RS providers are created before runtime configuration is there.
    @Inject
    jakarta.inject.Provider<RateLimitConfig> config;

    @Inject
    HttpServerRequest request;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext context) {
        RateLimitConfig settings = config.get();
        if (!settings.enabled()) {
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (buckets.size() > MAX_CLIENTS) {
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.idleSince(now) > settings.period().toNanos());
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(settings.limit(), settings.period()));
        long waitNanos = bucket.take();
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            context.abortWith(Problems.builder(Problem.of(429, Problems.title(429),
                    "Too many requests from your address. Try again in " + seconds + " s.")
                    .withInstance(Problems.instance(context.getUriInfo().getPath())))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build());
        }
    }

    /** Continuously refilled tokens. */
    static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int limit, Duration period) {
            this.capacity = limit;
            this.perNano = limit / (double) period.toNanos();
            this.tokens = limit;
            this.last = System.nanoTime();
        }

        /** Takes a token; answers 0, or how long until one is there. */
        synchronized long take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
