package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of the Letter Writing Guidelines that letter-service published: a label a volunteer may accept. */
@Entity
@Table(name = "guidelines_version")
public class GuidelinesVersion {

    /** The label, such as {@code 2026.1}, exactly as letter-service spells it. */
    @Id
    public String version;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
