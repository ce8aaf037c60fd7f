package org.lettersofhope.tally.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
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
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.EVENT_REPORTED_BACK, counting::eventReportedBack)
                .build();
    }
}
