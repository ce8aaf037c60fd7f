package org.lettersofhope.commons.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * The tests' span exporter: keeps the most recent finished spans in memory. A service's test sources make it a bean
 * ({@code @Singleton class RecordedSpans extends SpanRecorder}), which {@code Tracing} then exports to.
 */
public class SpanRecorder implements SpanExporter {

    private static final int KEPT = 20_000;
    private final Deque<SpanData> spans = new ArrayDeque<>();

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> finished) {
        for (SpanData s : finished) {
            if (spans.size() == KEPT) {
                spans.removeFirst();
            }
            spans.addLast(s);
        }
        return CompletableResultCode.ofSuccess();
    }

    public synchronized List<SpanData> inTrace(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    public synchronized Optional<SpanData> find(Predicate<SpanData> which) {
        return spans.stream().filter(which).findFirst();
    }

    /** A random W3C trace id (16 bytes) or span id (8 bytes), in lower-case hex. */
    public static String randomId(int bytes) {
        byte[] b = new byte[bytes];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /** The first finished span that matches, waiting up to 15 s for it. */
    public SpanData await(Predicate<SpanData> which) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> find(which), Optional::isPresent).get();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
