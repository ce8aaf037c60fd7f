package org.lettersofhope.volunteer.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.volunteer.service.References;

/** Keeps volunteer-service's projection of letter-service's guidelines versions and campaigns. */
@ApplicationScoped
public class LetterReferencesHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.GUIDELINES_PUBLISHED.name(),
            EventTypes.CAMPAIGN_PUBLISHED.name(), EventTypes.CAMPAIGN_CLOSED.name());

    @Inject
    References references;

    @Override
    public String name() {
        return "letter-references";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.GUIDELINES, Topics.CAMPAIGNS);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        String type = event.type();
        if (EventTypes.GUIDELINES_PUBLISHED.name().equals(type)) {
            references.guidelinesPublished(EventCodec.payload(event, EventTypes.GUIDELINES_PUBLISHED));
        } else if (EventTypes.CAMPAIGN_PUBLISHED.name().equals(type)) {
            references.campaignPublished(EventCodec.payload(event, EventTypes.CAMPAIGN_PUBLISHED));
        } else {
            references.campaignClosed(EventCodec.payload(event, EventTypes.CAMPAIGN_CLOSED));
        }
    }
}
