package org.lettersofhope.commons.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.lettersofhope.shared.problem.Problem;

import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link RateLimited}: one token of the client's budget per call, 429 with {@code Retry-After} when there is
 * none. Behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding} so that the client's address is
 * the one counted.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION - 100)
public class RateLimitFilter implements ContainerRequestFilter {

    // Looked up on first use: JAX-RS providers are created before runtime configuration is there.
    @Inject
    jakarta.inject.Provider<RateLimitConfig> config;

    @Inject
    jakarta.inject.Provider<RateLimiter> limiter;

    @Inject
    HttpServerRequest request;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!config.get().enabled()) {
            return;
        }
        String client = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        long waitNanos = limiter.get().take(budget(), client);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            context.abortWith(Problems.builder(Problem.of(429, Problems.title(429),
                    "Too many requests from your address. Try again in " + seconds + " s.")
                    .withInstance(Problems.instance(context.getUriInfo().getPath())))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build());
        }
    }

    private RateLimited.Budget budget() {
        RateLimited marked = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (marked == null) {
            marked = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        return marked == null ? RateLimited.Budget.WRITES : marked.value();
    }
}
