package org.lettersofhope.commons.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.lettersofhope.shared.event.EventEnvelope;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;

/**
 * The service's OpenTelemetry tracer (the API and SDK directly) and the three places a trace crosses: an HTTP request
 * ({@link #serverSpan}, from its W3C {@code traceparent}/{@code tracestate}), an event written to the outbox
 * ({@link #stamp}: the current context goes into the envelope) and an event consumed ({@link #consuming}: the
 * envelope's context is continued). Span attributes hold methods, route templates, statuses, topics and event ids
 * and types, never a raw path, a query string or a payload. The current ids are in the log MDC as {@value #TRACE_ID}
 * and {@value #SPAN_ID}.
 */
@Singleton
public class Tracing {

    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";
    private static final String REQUEST_CONTEXT = "letters.tracing.context";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Function<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Function<String, String> carrier) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(Function<String, String> carrier, String key) {
            return carrier == null ? null : carrier.apply(key);
        }
    };

    @Inject
    TracingConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    /** Exporters the application adds as beans (the tests' in-memory one). */
    @Inject
    @Any
    Instance<SpanExporter> extraExporters;

    private SdkTracerProvider provider;
    private Tracer tracer;

    @PostConstruct
    void start() {
        List<SpanExporter> exporters = new ArrayList<>();
        extraExporters.forEach(exporters::add);
        SdkTracerProviderBuilder builder = SdkTracerProvider.builder();
        switch (config.exporter()) {
            case OTLP -> builder.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                    .setEndpoint(config.otlp().endpoint()).setTimeout(config.otlp().timeout()).build()).build());
            case LOG -> exporters.add(new LogSpanExporter());
            case NONE -> {
            }
        }
        open(builder, application, config.sampleRatio(), exporters);
    }

    /** A tracer for {@code service} sending every finished span to {@code exporters} as it ends (unit tests). */
    public static Tracing standalone(String service, SpanExporter... exporters) {
        Tracing t = new Tracing();
        t.open(SdkTracerProvider.builder(), service, 1.0, List.of(exporters));
        return t;
    }

    private void open(SdkTracerProviderBuilder builder, String service, double ratio, List<SpanExporter> exporters) {
        exporters.forEach(e -> builder.addSpanProcessor(SimpleSpanProcessor.create(e)));
        provider = builder
                .setResource(Resource.getDefault().merge(Resource.create(
                        Attributes.of(AttributeKey.stringKey("service.name"), service))))
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(ratio)))
                .build();
        tracer = provider.get("org.lettersofhope");
    }

    @PreDestroy
    void stop() {
        provider.shutdown().join(10, TimeUnit.SECONDS);
    }

    /**
     * Starts the server span of a request, continuing the caller's trace when {@code headers} carry a valid
     * {@code traceparent}. It is named by the method until the route is known ({@link #named}).
     */
    public Span serverSpan(String method, Function<String, String> headers) {
        Context parent = W3C.extract(Context.root(), headers, HEADERS);
        return tracer.spanBuilder(method).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", method).startSpan();
    }

    /** Names a server span by its route template ({@code POST /api/campaigns/{id}/report-backs}). */
    public static void named(Span span, String method, String route) {
        span.updateName(method + " " + route);
        span.setAttribute("http.route", route);
    }

    /** Ends a server span with the response's status; a server error marks it failed. */
    public static void ended(Span span, int status) {
        span.setAttribute("http.response.status_code", status);
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    /**
     * Makes {@code context} the trace context of the HTTP request being handled: kept in the request's own (duplicated)
     * Vert.x context, which follows the request from the event loop to the worker thread of a blocking endpoint. (A
     * custom OpenTelemetry context storage would do the same, but the API loads it from its own class loader, which in
     * tests does not see this module.)
     */
    static void attachToRequest(Context context) {
        io.vertx.core.Context request = Vertx.currentContext();
        if (request != null && VertxContext.isDuplicatedContext(request)) {
            request.putLocal(REQUEST_CONTEXT, context);
        }
    }

    /** The current trace context: the thread's (a consumer span), else the HTTP request's, else none. */
    public static Context current() {
        Context current = Context.current();
        if (Span.fromContext(current).getSpanContext().isValid()) {
            return current;
        }
        io.vertx.core.Context request = Vertx.currentContext();
        if (request != null && VertxContext.isDuplicatedContext(request)) {
            Context ofRequest = request.getLocal(REQUEST_CONTEXT);
            if (ofRequest != null) {
                return ofRequest;
            }
        }
        return current;
    }

    /** The envelope carrying the current trace context, if there is one (the relay sends it as it is). */
    public static EventEnvelope stamp(EventEnvelope envelope) {
        Context current = current();
        if (!Span.fromContext(current).getSpanContext().isValid()) {
            return envelope;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(current, carrier, Map::put);
        return envelope.withTrace(carrier.get("traceparent"), carrier.get("tracestate"));
    }

    /**
     * Starts, and makes current, the consumer span of one event: a child of the context the event carries, a new
     * trace when it carries none (or none readable). Close it when the handler is done; events written meanwhile
     * carry the trace on.
     */
    public Consumption consuming(String consumer, String topic, int partition, long offset, EventEnvelope event) {
        Map<String, String> carried = new HashMap<>(2);
        if (event.traceparent() != null) {
            carried.put("traceparent", event.traceparent());
        }
        if (event.tracestate() != null) {
            carried.put("tracestate", event.tracestate());
        }
        Context parent = W3C.extract(Context.root(), carried::get, HEADERS);
        Span span = tracer.spanBuilder("process " + topic).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.destination.partition.id", Integer.toString(partition))
                .setAttribute("messaging.kafka.offset", offset)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_source", event.source())
                .startSpan();
        // Current on this thread: a consumer runs the handler on its own thread.
        return new Consumption(span, parent.with(span).makeCurrent(), Logs.put(span));
    }

    /** A consumer span in progress: current, and in the log MDC, until closed. */
    public static final class Consumption implements AutoCloseable {
        private final Span span;
        private final Scope scope;
        private final Logs logs;

        private Consumption(Span span, Scope scope, Logs logs) {
            this.span = span;
            this.scope = scope;
            this.logs = logs;
        }

        /** Marks the span failed, naming only the kind of failure (a message may quote data). */
        public void failed(Throwable e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        }

        @Override
        public void close() {
            span.end();
            scope.close();
            logs.restore();
        }
    }

    /** The trace and span ids in the log MDC, and what was there before. */
    record Logs(Object traceId, Object spanId) {
        static Logs put(Span span) {
            SpanContext c = span.getSpanContext();
            Logs before = new Logs(MDC.get(TRACE_ID), MDC.get(SPAN_ID));
            MDC.put(TRACE_ID, c.getTraceId());
            MDC.put(SPAN_ID, c.getSpanId());
            return before;
        }

        void restore() {
            restore(TRACE_ID, traceId);
            restore(SPAN_ID, spanId);
        }

        private static void restore(String key, Object value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }
    }
}
