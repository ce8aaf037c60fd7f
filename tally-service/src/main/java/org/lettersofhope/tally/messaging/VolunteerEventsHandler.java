package org.lettersofhope.tally.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.tally.service.TallyService;

/** Counts what happens in volunteer-service. */
@ApplicationScoped
public class VolunteerEventsHandler implements EventHandler {

    @Inject
    TallyService tallies;

    @Override
    public String name() {
        return "volunteer-tallies";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.VOLUNTEERS);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.VOLUNTEER_REGISTERED.name().equals(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        tallies.countRegistration(EventCodec.payload(event, EventTypes.VOLUNTEER_REGISTERED));
    }
}
