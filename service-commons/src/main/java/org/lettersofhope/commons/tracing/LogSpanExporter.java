package org.lettersofhope.commons.tracing;

import java.util.Collection;
import java.util.Locale;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * {@code LETTERS_TRACING_EXPORTER=log}: one line per finished span, with its trace, its id and its parent's, for a
 * run without a collector (and the system tests, which read these lines).
 */
final class LogSpanExporter implements SpanExporter {

    private static final Logger LOG = Logger.getLogger("letters.spans");

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData s : spans) {
            LOG.infof("span %s '%s' trace=%s span=%s parent=%s %s %s %s", s.getKind(), s.getName(), s.getTraceId(),
                    s.getSpanId(), SpanId.isValid(s.getParentSpanId()) ? s.getParentSpanId() : "-",
                    String.format(Locale.ROOT, "%.1fms", (s.getEndEpochNanos() - s.getStartEpochNanos()) / 1e6),
                    s.getStatus().getStatusCode(), s.getAttributes().asMap());
        }
        return CompletableResultCode.ofSuccess();
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
