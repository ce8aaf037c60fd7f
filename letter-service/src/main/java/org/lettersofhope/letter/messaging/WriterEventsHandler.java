package org.lettersofhope.letter.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.service.PenPalService;
import org.lettersofhope.letter.service.WriterErasure;
import org.lettersofhope.letter.service.WriterProjection;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

/**
 * Feeds the writer projection from volunteer-service's volunteer events, and ends the pen-pal matches of a writer who
 * paused, left or was erased, in the same transaction; an erased writer's id then leaves every other record.
 */
@ApplicationScoped
public class WriterEventsHandler implements EventHandler {

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
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.VOLUNTEER_REGISTERED, writers::registered)
                .on(EventTypes.VOLUNTEER_PROFILE_CHANGED, writers::profileChanged)
                .on(EventTypes.VOLUNTEER_STATUS_CHANGED,
                        (VolunteerStatusChanged e) -> penPals.writerWithdrew(writers.statusChanged(e)))
                .on(EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED, writers::guidelinesAccepted)
                .on(EventTypes.VOLUNTEER_ERASED, this::erased)
                .build();
    }

    private void erased(VolunteerErased e) {
        Writer erased = writers.erased(e);
        penPals.writerWithdrew(erased);
        erasure.forget(erased.volunteerId, erased.erasedAt);
    }
}
