package org.lettersofhope.letter.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WriterRepository implements PanacheRepositoryBase<Writer, UUID> {

    public Optional<Writer> find(UUID volunteerId) {
        return findByIdOptional(volunteerId);
    }

    /**
     * Finds and locks the writer's row. Matching a writer with a pen pal takes this lock, so that two coordinators
     * matching one writer at once are served one after the other and the second sees the first's match.
     */
    public Optional<Writer> findForUpdate(UUID volunteerId) {
        return Optional.ofNullable(findById(volunteerId, LockModeType.PESSIMISTIC_WRITE));
    }
}
