package org.lettersofhope.commons.rest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the {@link RateLimited} public endpoints, per client address. */
@ConfigMapping(prefix = "letters.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may make per period. */
    @WithDefault("120")
    int limit();

    @WithDefault("1M")
    Duration period();
}
