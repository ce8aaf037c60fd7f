package org.lettersofhope.tally.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.tally.service.EventCounting;

/** Counts what community events achieved, from their hosts' report-backs (latest revision only). */
@ApplicationScoped
public class CommunityEventsHandler implements EventHandler {

    @Inject
    EventCounting counting;

    @Override
    public String name() {
        return "tally-community-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.COMMUNITY_EVENTS);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.EVENT_REPORTED_BACK.name().equals(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        counting.eventReportedBack(event, EventCodec.payload(event, EventTypes.EVENT_REPORTED_BACK));
    }
}
