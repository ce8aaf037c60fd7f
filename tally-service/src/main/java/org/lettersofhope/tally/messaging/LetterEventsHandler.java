package org.lettersofhope.tally.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.tally.service.EventCounting;

/** Counts letters along their way, self-mailed advocacy pieces and replies, from letter-service. */
@ApplicationScoped
public class LetterEventsHandler implements EventHandler {

    @Inject
    EventCounting counting;

    @Override
    public String name() {
        return "tally-letters";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.LETTER_LOGGED, counting::letterLogged)
                .on(EventTypes.LETTER_STATUS_CHANGED, counting::letterStatusChanged)
                .on(EventTypes.ADVOCACY_PIECES_LOGGED, counting::advocacyPiecesLogged)
                .on(EventTypes.REPLY_RECEIVED, counting::replyReceived)
                .build();
    }
}
