package org.lettersofhope.tally.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EventReportRepository implements PanacheRepositoryBase<EventReport, UUID> {

    public Optional<EventReport> find(UUID eventId) {
        return findByIdOptional(eventId);
    }
}
