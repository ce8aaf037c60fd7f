package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signed up to help. Holds personal data: it never leaves this service except to its owner. */
@Entity
@Table(name = "volunteer")
public class Volunteer {

    @Id
    public UUID id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    /** Lower-cased, so that one email is one person whatever the letter case it was typed in. */
    @Column(nullable = false)
    public String email;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    /** ISO 3166-2 subdivision code, upper-cased. */
    @Column(nullable = false)
    public String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VolunteerStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
