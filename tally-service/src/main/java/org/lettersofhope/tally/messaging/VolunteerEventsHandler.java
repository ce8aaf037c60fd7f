package org.lettersofhope.tally.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
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
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.VOLUNTEER_REGISTERED, counting::volunteerRegistered)
                .on(EventTypes.VOLUNTEER_ERASED, (VolunteerErased e) -> reportBacks.forgetReporter(e.volunteerId()))
                .build();
    }
}
