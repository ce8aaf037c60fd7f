package org.lettersofhope.commons.messaging;

/**
 * A CDI bean implementing this receives the events of its topics exactly once in effect: each route of
 * {@link #routes} runs inside the transaction that also records the event id, and the offset is committed only after
 * that transaction. Duplicates, redeliveries and replays are dropped before they reach it; a type without a route is
 * skipped (counted in {@code letters_events_skipped_total}), never an error.
 */
public interface EventHandler {

    /** A stable name: it is part of the consumer group id and of the consumed-event log's key. */
    String name();

    /**
     * What it does with each type it reads; its topics are those of the routed types. Called once, when its consumer
     * starts. A route that throws rolls the transaction back and the event is retried.
     */
    EventRoutes routes();
}
