package org.lettersofhope.letter.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.service.PenPalService;
import org.lettersofhope.letter.service.WriterErasure;
import org.lettersofhope.letter.service.WriterProjection;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

/**
 * Feeds the writer projection from volunteer-service's volunteer events, and ends the pen-pal matches of a writer who
 * paused, left or was erased, in the same transaction; an erased writer's id then leaves every other record.
 */
@ApplicationScoped
public class WriterEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.VOLUNTEER_REGISTERED.name(),
            EventTypes.VOLUNTEER_STATUS_CHANGED.name(), EventTypes.VOLUNTEER_PROFILE_CHANGED.name(),
            EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED.name(), EventTypes.VOLUNTEER_ERASED.name());

    @Inject
    WriterProjection writers;

    @Inject
    PenPalService penPals;

    @Inject
    WriterErasure erasure;

    @Override
    public String name() {
        return "writers";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.VOLUNTEERS);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        String type = event.type();
        if (EventTypes.VOLUNTEER_REGISTERED.name().equals(type)) {
            writers.registered(EventCodec.payload(event, EventTypes.VOLUNTEER_REGISTERED));
        } else if (EventTypes.VOLUNTEER_PROFILE_CHANGED.name().equals(type)) {
            writers.profileChanged(EventCodec.payload(event, EventTypes.VOLUNTEER_PROFILE_CHANGED));
        } else if (EventTypes.VOLUNTEER_STATUS_CHANGED.name().equals(type)) {
            penPals.writerWithdrew(writers.statusChanged(
                    EventCodec.payload(event, EventTypes.VOLUNTEER_STATUS_CHANGED)));
        } else if (EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED.name().equals(type)) {
            writers.guidelinesAccepted(EventCodec.payload(event, EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED));
        } else {
            Writer erased = writers.erased(EventCodec.payload(event, EventTypes.VOLUNTEER_ERASED));
            penPals.writerWithdrew(erased);
            erasure.forget(erased.volunteerId, erased.erasedAt);
        }
    }
}
