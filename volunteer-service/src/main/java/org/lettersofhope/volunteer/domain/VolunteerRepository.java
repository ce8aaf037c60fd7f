package org.lettersofhope.volunteer.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    /** @param normalizedEmail an email already lower-cased */
    public Optional<Volunteer> findByEmail(String normalizedEmail) {
        return find("email", normalizedEmail).firstResultOptional();
    }

    /** Finds and locks, so that concurrent updates of one volunteer wait for each other instead of failing. */
    public Optional<Volunteer> findByEmailForUpdate(String normalizedEmail) {
        return find("email", normalizedEmail).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
