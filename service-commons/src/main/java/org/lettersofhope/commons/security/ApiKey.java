package org.lettersofhope.commons.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lettersofhope.shared.event.access.ApiKeyScope;

/** A partner's or dashboard's key as this service knows it; the secret itself is never stored. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApiKeyScope scope;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "secret_sha256", nullable = false)
    public String secretSha256;

    /** Set only where the key was issued (volunteer-service): what the admin called it. */
    public String label;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
