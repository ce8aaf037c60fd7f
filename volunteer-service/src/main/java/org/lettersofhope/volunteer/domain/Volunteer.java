package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

/** A person who signed up to help. Holds personal data: it never leaves this service except to its owner. */
@Entity
@Table(name = "volunteer")
public class Volunteer {

    @Id
    public UUID id;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** Lower-cased, so that one email is one person whatever the letter case it was typed in. */
    public String email;

    public String phone;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    /** ISO 3166-2 subdivision code, upper-cased. */
    @Column(nullable = false)
    public String region;

    /** ISO 3166-1 alpha-2. */
    public String country;

    /** Names of {@link org.lettersofhope.shared.event.volunteer.VolunteerRole}, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles = new String[0];

    /** ISO 639-1 codes, lower-cased. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    /** Free tags, lower-cased. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] skills = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] interests = new String[0];

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    /** Names of {@link Availability}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] availability = new String[0];

    @Column(name = "heard_from")
    public String heardFrom;

    @Column(name = "contact_consent", nullable = false)
    public boolean contactConsent;

    @Column(name = "contact_consent_at")
    public Instant contactConsentAt;

    /** When they followed the link mailed to their address; null for people imported by a partner chapter. */
    @Column(name = "email_confirmed_at")
    public Instant emailConfirmedAt;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VolunteerStatus status;

    @Column(name = "guidelines_version")
    public String guidelinesVersion;

    @Column(name = "guidelines_accepted_at")
    public Instant guidelinesAcceptedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isErased() {
        return erasedAt != null;
    }

    @PrePersist
    @PreUpdate
    void indexForSearch() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] { firstName, lastName, email, city, postalCode }) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        // The local part of an email is searchable as words too: "maria.lopez@…" is found by "lopez".
        if (email != null) {
            text.append(email.replaceAll("[^\\p{L}\\p{N}]+", " ")).append(' ');
        }
        for (String tag : skills) {
            text.append(tag).append(' ');
        }
        for (String tag : interests) {
            text.append(tag).append(' ');
        }
        searchText = text.toString().toLowerCase(Locale.ROOT).trim();
    }
}
