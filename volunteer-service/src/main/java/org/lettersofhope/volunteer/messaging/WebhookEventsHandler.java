package org.lettersofhope.volunteer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.DomainEvent;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.service.WebhookFanOut;
import org.lettersofhope.volunteer.service.WebhookSubscriptions;

/**
 * Turns the events partners may subscribe to into webhook deliveries, in the consumer's transaction. Every type of
 * the catalogue has a route; decoding its payload first means an unreadable event is rejected here, not sent on.
 */
@ApplicationScoped
public class WebhookEventsHandler implements EventHandler {

    @Inject
    WebhookFanOut fanOut;

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public EventRoutes routes() {
        EventRoutes.Builder builder = EventRoutes.builder();
        EventTypes.all().stream().filter(t -> WebhookSubscriptions.catalogue().contains(t.name()))
                .forEach(t -> route(builder, t));
        return builder.build();
    }

    private <T extends DomainEvent> void route(EventRoutes.Builder builder, EventType<T> type) {
        builder.on(type, (EventRoutes.Route<T>) (event, payload) -> fanOut.fanOut(event));
    }
}
