package org.lettersofhope.commons.messaging;

import java.util.Set;

import org.lettersofhope.shared.event.EventEnvelope;

/**
 * A CDI bean implementing this receives the events of its topics exactly once in effect: {@link #handle} runs inside
 * the transaction that also records the event id, and the offset is committed only after that transaction.
 * Duplicates, redeliveries and replays are dropped before they reach it.
 */
public interface EventHandler {

    /** A stable name: it is part of the consumer group id and of the consumed-event log's key. */
    String name();

    Set<String> topics();

    /** Whether this handler wants events of this CloudEvents type; others are skipped and not recorded. */
    boolean accepts(String eventType);

    /** Applies the event's effect. Runs in a transaction; throwing rolls it back and the event is retried. */
    void handle(EventEnvelope event);
}
