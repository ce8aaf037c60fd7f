package org.lettersofhope.tally.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.messaging.EventRoutes;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.tally.service.ContributionLog;

/**
 * Reads tally-service's own ledger back from the log: a no-op for every entry this database has (normal running),
 * the entry and its contributions written again where it has not (a database rebuilt from the topics).
 */
@ApplicationScoped
public class LedgerEventsHandler implements EventHandler {

    @Inject
    ContributionLog log;

    @Override
    public String name() {
        return "tally-ledger";
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.builder()
                .on(EventTypes.LEDGER_ENTRY_RECORDED, log::restore)
                .build();
    }
}
