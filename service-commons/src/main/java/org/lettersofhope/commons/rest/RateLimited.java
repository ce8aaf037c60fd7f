package org.lettersofhope.commons.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public endpoint whose callers are limited per client address (settings {@code letters.rate-limit.*}). Over
 * the limit a caller gets 429 with {@code Retry-After}. The budget is kept in PostgreSQL ({@link RateLimiter}), so it
 * holds across every instance of the service. The endpoint must be blocking (the default for an endpoint that does
 * not answer a Uni).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RateLimited {

    /** Which of a client's budgets the call takes from. */
    Budget value() default Budget.WRITES;

    enum Budget {
        /** Public requests that make something: sign-ups, report-backs, notes, RSVPs ({@code limit}). */
        WRITES,
        /** Public reads: tallies, exports, streams, calendars, public pages ({@code read-limit}). */
        READS
    }
}
