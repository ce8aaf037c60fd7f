package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmailConfirmationRepository implements PanacheRepositoryBase<EmailConfirmation, UUID> {

    /**
     * The unexpired confirmation with this token hash and purpose, locked: of two requests following one link, the
     * second waits and then finds it gone.
     */
    public Optional<EmailConfirmation> lockOpen(String tokenSha256, EmailConfirmation.Purpose purpose, Instant now) {
        return find("tokenSha256 = ?1 and purpose = ?2 and expiresAt > ?3", tokenSha256, purpose, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Links to this address for sign-ups that are still open. */
    public long countOpenSignUps(String email, Instant now) {
        return count("email = ?1 and purpose = ?2 and expiresAt > ?3", email, EmailConfirmation.Purpose.SIGN_UP, now);
    }

    /** Links for this RSVP that are still open. */
    public long countOpenForRsvp(UUID rsvpId, Instant now) {
        return count("rsvpId = ?1 and expiresAt > ?2", rsvpId, now);
    }

    public long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }

    public long deleteByEmail(String email) {
        return delete("email", email);
    }
}
