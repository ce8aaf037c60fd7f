package org.lettersofhope.volunteer.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery to partner chapters (docs/webhooks.md). */
@ConfigMapping(prefix = "letters.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends deliveries (they are written by the consumer either way). */
    @WithDefault("true")
    boolean enabled();

    /** Base64 of 32 random bytes: seals signing secrets and stored payloads. Required in production. */
    Optional<String> sealingKey();

    /** Target URLs must be https (the production profile sets it). */
    @WithDefault("false")
    boolean requireHttps();

    /**
     * Addresses (CIDR, e.g. {@code 127.0.0.1/32}) that targets may resolve to although they are loopback, private or
     * otherwise internal: for a receiver inside the network, and for the tests' receiver.
     */
    Optional<List<String>> allowedAddresses();

    /** How long retries go on before a delivery is given up and its subscription disabled. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** The first retry's pause; each further one doubles, with jitter, up to {@link #maxBackoff}. */
    @WithDefault("PT5S")
    Duration firstBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** The whole exchange after connecting: sending the request and reading the answer. */
    @WithDefault("PT10S")
    Duration responseTimeout();

    /** Deliveries in flight to one subscription at a time. */
    @WithDefault("4")
    int maxInFlight();

    /** Deliveries started per second to one subscription at most. */
    @WithDefault("50")
    int maxPerSecond();

    /** Sending threads in all (shared by the subscriptions, each within its own in-flight cap). */
    @WithDefault("64")
    int senders();

    /** How long after a delivery ended its sealed payload is kept (for replays). */
    @WithDefault("P7D")
    Duration payloadRetention();

    /** How long delivery log entries are kept. */
    @WithDefault("P30D")
    Duration logRetention();

    /** How often the dispatcher looks for due deliveries when nothing woke it. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** How long a sender holds a claimed delivery; one not finished by then (a crash) is claimed again. */
    @WithDefault("PT60S")
    Duration lease();
}
