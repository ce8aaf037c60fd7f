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

/** Counts letters along their way, self-mailed advocacy pieces and replies, from letter-service. */
@ApplicationScoped
public class LetterEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.LETTER_LOGGED.name(),
            EventTypes.LETTER_STATUS_CHANGED.name(), EventTypes.ADVOCACY_PIECES_LOGGED.name(),
            EventTypes.REPLY_RECEIVED.name());

    @Inject
    EventCounting counting;

    @Override
    public String name() {
        return "tally-letters";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.LETTERS);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        String type = event.type();
        if (EventTypes.LETTER_LOGGED.name().equals(type)) {
            counting.letterLogged(event, EventCodec.payload(event, EventTypes.LETTER_LOGGED));
        } else if (EventTypes.LETTER_STATUS_CHANGED.name().equals(type)) {
            counting.letterStatusChanged(event, EventCodec.payload(event, EventTypes.LETTER_STATUS_CHANGED));
        } else if (EventTypes.ADVOCACY_PIECES_LOGGED.name().equals(type)) {
            counting.advocacyPiecesLogged(event, EventCodec.payload(event, EventTypes.ADVOCACY_PIECES_LOGGED));
        } else {
            counting.replyReceived(event, EventCodec.payload(event, EventTypes.REPLY_RECEIVED));
        }
    }
}
