package org.lettersofhope.commons.tracing;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A server span around every HTTP request: started first thing (continuing an incoming W3C {@code traceparent}),
 * current and in the log MDC for the whole request, named by its route template once JAX-RS has matched it, and
 * ended with the response's status when the response is done.
 */
@ApplicationScoped
public class TracingFilters {

    private static final String SPAN = "letters.tracing.span";

    @Inject
    Tracing tracing;

    /** Route templates by resource method: computed once each. */
    private final Map<Method, String> routes = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Span span = tracing.serverSpan(request.method().name(), request::getHeader);
        // The request's context, in its own Vert.x context, which the worker thread of the endpoint shares (so does
        // the MDC).
        Tracing.attachToRequest(Context.root().with(span));
        Tracing.Logs.put(span);
        ctx.put(SPAN, span);
        ctx.addEndHandler(done -> Tracing.ended(span, ctx.response().getStatusCode()));
        ctx.next();
    }

    @ServerRequestFilter
    public void nameByRoute(RoutingContext ctx, ResourceInfo resource) {
        Span span = ctx.get(SPAN);
        Method method = resource.getResourceMethod();
        if (span != null && method != null) {
            Tracing.named(span, ctx.request().method().name(),
                    routes.computeIfAbsent(method, m -> template(resource.getResourceClass(), m)));
        }
    }

    /** The class's and the method's {@code @Path}, as declared: ids stay placeholders. */
    static String template(Class<?> resource, Method method) {
        Path onClass = resource == null ? null : resource.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String route = "/" + strip(onClass == null ? "" : onClass.value());
        String rest = strip(onMethod == null ? "" : onMethod.value());
        return rest.isEmpty() ? route : (route.endsWith("/") ? route : route + "/") + rest;
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
