package org.lettersofhope.volunteer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.service.References;

/** Keeps volunteer-service's projection of letter-service's guidelines versions and campaigns. */
@ApplicationScoped
public class LetterReferencesHandler implements EventHandler {

    @Inject
    References references;

    @Override
    public String name() {
        return "letter-references";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.GUIDELINES_PUBLISHED, references::guidelinesPublished)
                .on(EventTypes.CAMPAIGN_PUBLISHED, references::campaignPublished)
                .on(EventTypes.CAMPAIGN_CLOSED, references::campaignClosed)
                .build();
    }
}
