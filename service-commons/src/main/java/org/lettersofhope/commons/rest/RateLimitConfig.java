package org.lettersofhope.commons.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the {@link RateLimited} public endpoints, per client address, across all instances of a service. */
@ConfigMapping(prefix = "letters.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Public writes a client may make per period. */
    @WithDefault("120")
    int limit();

    /** Public reads a client may make per period. */
    @WithDefault("600")
    int readLimit();

    @WithDefault("1M")
    Duration period();

    default int limit(RateLimited.Budget budget) {
        return budget == RateLimited.Budget.READS ? readLimit() : limit();
    }
}
