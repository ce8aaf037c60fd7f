package org.lettersofhope.tally.config;

import java.util.logging.Filter;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lettersofhope.commons.rest.ProblemMappers;

import io.quarkus.runtime.StartupEvent;

/**
 * RESTEasy Reactive logs an ERROR with a stack trace when a live stream's client has gone by the time an update is
 * written to it ("Exception in SSE server handling"), which our exception mappers never see. A dashboard closing
 * is routine, thousands a day: such records are dropped at that logger, so that only real stream failures remain
 * errors.
 */
@ApplicationScoped
public class SseDisconnects {

    static final String SSE_LOGGER = "org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler";

    // held here: a logger nobody references may be collected, and its filter with it
    private static final Logger LOGGER = Logger.getLogger(SSE_LOGGER);

    void onStart(@Observes StartupEvent event) {
        Filter previous = LOGGER.getFilter();
        LOGGER.setFilter(record -> !ProblemMappers.clientWentAway(record.getThrown())
                && (previous == null || previous.isLoggable(record)));
    }
}
