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

    /**
     * Finds and locks, so that concurrent sign-ups with one email wait for each other instead of failing: a lock on
     * the email itself covers the case where no row exists yet, the row lock the case where it does.
     */
    public Optional<Volunteer> findByEmailForUpdate(String normalizedEmail) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:email, 0))")
                .setParameter("email", "volunteer-email:" + normalizedEmail).getSingleResult();
        return find("email", normalizedEmail).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
