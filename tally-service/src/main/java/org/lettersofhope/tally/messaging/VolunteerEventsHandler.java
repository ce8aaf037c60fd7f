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
import org.lettersofhope.tally.service.ReportBacks;

/**
 * Counts registrations, and forgets who reported what when a volunteer is erased. The name differs from the first
 * model's consumer ("volunteer-tallies") on purpose: a new group reads the topic from the beginning into the new
 * counters.
 */
@ApplicationScoped
public class VolunteerEventsHandler implements EventHandler {

    @Inject
    EventCounting counting;

    @Inject
    ReportBacks reportBacks;

    @Override
    public String name() {
        return "tally-volunteers";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.VOLUNTEERS);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.VOLUNTEER_REGISTERED.name().equals(eventType)
                || EventTypes.VOLUNTEER_ERASED.name().equals(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (EventTypes.VOLUNTEER_REGISTERED.name().equals(event.type())) {
            counting.volunteerRegistered(event, EventCodec.payload(event, EventTypes.VOLUNTEER_REGISTERED));
        } else {
            reportBacks.forgetReporter(EventCodec.payload(event, EventTypes.VOLUNTEER_ERASED).volunteerId());
        }
    }
}
