package org.lettersofhope.volunteer.domain;

/** A webhook subscription's state. */
public enum WebhookStatus {
    /** Deliveries are made. */
    ACTIVE,
    /** Paused by the partner or an admin: deliveries are written and wait. */
    PAUSED,
    /** Deliveries kept failing for the whole retry period: they wait until the subscription is resumed. */
    DISABLED,
    /** The endpoint answered 410 Gone: nothing more is sent. Resuming starts it again. */
    ENDED
}
