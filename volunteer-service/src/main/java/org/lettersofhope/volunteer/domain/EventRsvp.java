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
 * One person's registration for a community event: a volunteer's (known by their token) or a guest's (by name and
 * email, who proves it is theirs with a cancel token whose SHA-256 alone is kept). Holds personal data.
 */
@Entity
@Table(name = "event_rsvp")
public class EventRsvp {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    public String name;

    /** A guest's email, lower-cased; null for a volunteer's RSVP. */
    public String email;

    @Column(name = "cancel_token_sha256")
    public String cancelTokenSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RsvpStatus status;

    /** Until when a PENDING guest RSVP may still be confirmed; it lapses after. */
    @Column(name = "pending_until")
    public Instant pendingUntil;

    /** When this RSVP joined the waitlist: the earliest is promoted first. */
    @Column(name = "waitlisted_at")
    public Instant waitlistedAt;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    /** Set when the person was erased: the RSVP then holds no name, email, volunteer id or token. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
