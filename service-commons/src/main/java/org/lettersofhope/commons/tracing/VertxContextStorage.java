package org.lettersofhope.commons.tracing;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.ContextStorageProvider;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * Keeps the current trace context in the Vert.x duplicated context of an HTTP request, so that it follows the
 * request from the event loop to the worker thread that runs a blocking endpoint (where the outbox reads it). Off a
 * request (consumer threads, schedulers) it is the default thread-local storage. Registered as the OpenTelemetry
 * context storage through {@code META-INF/services}.
 */
public final class VertxContextStorage implements ContextStorage, ContextStorageProvider {

    private static final String KEY = "letters.tracing.context";

    @Override
    public ContextStorage get() {
        return this;
    }

    @Override
    public Scope attach(Context toAttach) {
        io.vertx.core.Context request = requestContext();
        if (request == null) {
            return ContextStorage.defaultStorage().attach(toAttach);
        }
        Context before = request.getLocal(KEY);
        if (before == toAttach) {
            return Scope.noop();
        }
        request.putLocal(KEY, toAttach);
        // Restores on the request it was attached to, whichever thread closes it.
        return () -> {
            if (before == null) {
                request.removeLocal(KEY);
            } else {
                request.putLocal(KEY, before);
            }
        };
    }

    @Override
    public Context current() {
        io.vertx.core.Context request = requestContext();
        return request == null ? ContextStorage.defaultStorage().current() : request.getLocal(KEY);
    }

    /** The duplicated context of the request being handled, or null: a root context is shared by many requests. */
    private static io.vertx.core.Context requestContext() {
        io.vertx.core.Context c = Vertx.currentContext();
        return c != null && VertxContext.isDuplicatedContext(c) ? c : null;
    }
}
