package org.lettersofhope.commons.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lettersofhope.shared.problem.Problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Errors decided below JAX-RS — a body over the size limit, a failure in the HTTP layer — are problem+json too. Every
 * response also carries a {@code Server-Timing} header with the time spent in the server.
 * <p>
 * Body limits are by path ({@link #limitFor}): a body that announces its length is refused here before it is read; a
 * body without a length (chunked) is counted as it is read, by {@link StreamedBodyLimit}.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    @ConfigProperty(name = "letters.http.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "letters.http.max-import-size")
    MemorySize maxImportSize;

    void install(@Observes Router router) {
        // Server-Timing tells clients (and the benchmarks) how long the server itself took, network aside.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long start = System.nanoTime();
            ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Server-Timing",
                    String.format(java.util.Locale.ROOT, "app;dur=%.2f", (System.nanoTime() - start) / 1e6)));
            ctx.next();
        });
        // Refuse a body that announces it is too large before reading it, with a proper problem.
        router.route().order(Integer.MIN_VALUE).handler(this::rejectOversizedBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::renderFailure);
    }

    /** The most a request body to this path may hold: bulk uploads (paths ending in /import) may be larger. */
    public long limitFor(String path) {
        return path != null && path.endsWith("/import") ? maxImportSize.asLongValue() : maxBodySize.asLongValue();
    }

    private void rejectOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                long limit = limitFor(ctx.request().path());
                if (Long.parseLong(length.trim()) > limit) {
                    write(ctx, 413, "The request body is larger than " + limit + " bytes.");
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, 400, "The Content-Length header is not a number.");
                return;
            }
        }
        ctx.next();
    }

    private void renderFailure(RoutingContext ctx) {
        if (ctx.failure() != null && ProblemMappers.clientWentAway(ctx.failure())) {
            ProblemMappers.logClientWentAway(ctx.request().path());
            return;
        }
        if (ctx.response().ended() || ctx.response().headWritten() || ctx.response().closed()) {
            return;
        }
        if (ctx.failure() != null && DependencyOutage.isOutage(ctx.failure())) {
            // e.g. an API key or a volunteer's standing looked up while PostgreSQL is down
            ctx.response().putHeader("Retry-After", Integer.toString(DependencyOutage.RETRY_AFTER_SECONDS));
            write(ctx, DependencyOutage.problem(ctx.request().path()));
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        write(ctx, status, status == 413 ? "The request body is too large." : null);
    }

    private static void write(RoutingContext ctx, int status, String detail) {
        write(ctx, Problem.of(status, Problems.title(status), detail)
                .withInstance(Problems.instance(ctx.request().path())));
    }

    private static void write(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Problems.json(problem));
    }
}
