package org.lettersofhope.volunteer.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The links mailed to confirm a sign-up or a guest's RSVP. */
@ConfigMapping(prefix = "letters.confirmation")
public interface ConfirmationConfig {

    /**
     * Where links point: the frontend page that posts the token back (e.g. {@code https://lettersofhope.org/confirm};
     * links are {@code <base>/sign-up?token=…} and {@code <base>/rsvp?token=…}).
     */
    String linkBase();

    /** How long a link may be followed. */
    @WithDefault("PT24H")
    Duration lifetime();

    /**
     * At most this many open links per address (sign-ups) or per RSVP: more requests are answered alike but send
     * nothing, so that nobody can fill someone's mailbox.
     */
    @WithDefault("3")
    int maxOpen();

    /**
     * At most this many mails accepted but not yet handed to the SMTP relay. Past it, requests that would mail a link
     * (sign-ups, guests' RSVPs) are refused with 503 and Retry-After before anything is written, rather than held in
     * memory without a bound while the relay is slow or down.
     */
    @WithDefault("2000")
    int maxUnsent();
}
