package org.lettersofhope.commons.tracing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where finished spans go and how many traces are kept; spans are made and propagated whatever is chosen. */
@ConfigMapping(prefix = "letters.tracing")
public interface TracingConfig {

    enum Exporter {
        /** Nowhere: trace ids still travel on requests and events and appear in the logs. */
        NONE,
        /** To an OpenTelemetry collector over OTLP/HTTP (protobuf). */
        OTLP,
        /** One log line per span, category {@code letters.spans}. */
        LOG
    }

    @WithDefault("none")
    Exporter exporter();

    /** The share of new traces (started here, without a sampled parent) that are recorded, 0 to 1. */
    @WithDefault("1.0")
    double sampleRatio();

    Otlp otlp();

    interface Otlp {
        /** The collector's traces endpoint. */
        @WithDefault("http://localhost:4318/v1/traces")
        String endpoint();

        @WithDefault("10s")
        Duration timeout();
    }
}
