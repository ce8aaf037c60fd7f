package org.lettersofhope.volunteer.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.volunteer.service.WebhookFanOut;
import org.lettersofhope.volunteer.service.WebhookSubscriptions;

/** Turns the events partners may subscribe to into webhook deliveries, in the consumer's transaction. */
@ApplicationScoped
public class WebhookEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.copyOf(WebhookSubscriptions.catalogue());

    @Inject
    WebhookFanOut fanOut;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public Set<String> topics() {
        return WebhookSubscriptions.TOPICS;
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        fanOut.fanOut(event);
    }
}
