package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

/**
 * What letter-service knows of a volunteer, from volunteer-service's events only: their status, the ways they help,
 * the languages they write in, region, chapter and the guidelines version they accepted. No name, no contact.
 */
@Entity
@Table(name = "writer")
public class Writer {

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    /** Null until an event told it (a registration, or a status change). */
    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;

    /** Names of {@link VolunteerRole}, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles = new String[0];

    /** ISO 639-1 codes, lower-cased and sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    public String region;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "guidelines_version")
    public String guidelinesVersion;

    @Column(name = "guidelines_accepted_at")
    public Instant guidelinesAcceptedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** How many active pen pals a coordinator allows; null = the configured default. */
    @Column(name = "max_pen_pals")
    public Integer maxPenPals;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean hasRole(VolunteerRole role) {
        return Arrays.asList(roles).contains(role.name());
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
