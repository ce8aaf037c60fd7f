package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published version of the Letter Writing Guidelines. Never changed once published: volunteers accept a version
 * by its label, and pen-pal matching asks for the current one.
 */
@Entity
@Table(name = "guidelines_version")
public class GuidelinesVersion {

    @Id
    public UUID id;

    /** The label volunteers accept, such as {@code 2026.1}. */
    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String title;

    /** Markdown. */
    @Column(nullable = false)
    public String body;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by")
    public UUID publishedBy;
}
