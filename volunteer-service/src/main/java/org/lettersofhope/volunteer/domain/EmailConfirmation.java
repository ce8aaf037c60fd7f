package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link mailed to an address, waiting to be followed: a sign-up to apply or a guest's RSVP to confirm. Holds the
 * address and, for a sign-up, what was submitted (personal data); the token itself is never stored, only its SHA-256.
 * Deleted when followed, and purged once expired.
 */
@Entity
@Table(name = "email_confirmation")
public class EmailConfirmation {

    public enum Purpose {
        SIGN_UP,
        RSVP
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Column(name = "token_sha256", nullable = false)
    public String tokenSha256;

    /** The normalised address the link was sent to. */
    @Column(nullable = false)
    public String email;

    /** The submitted sign-up form as JSON (SIGN_UP only). */
    @Column(name = "sign_up")
    public String signUp;

    @Column(name = "rsvp_id")
    public UUID rsvpId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
