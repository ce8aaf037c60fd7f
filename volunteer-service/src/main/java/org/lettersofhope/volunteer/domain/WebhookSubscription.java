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

/** A partner chapter's webhook: where its chapter's events are sent, signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(name = "chapter_id", nullable = false)
    public UUID chapterId;

    @Column(name = "target_url", nullable = false)
    public String targetUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public String[] eventTypes;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** The signing secret, sealed: it is shown once, when made. */
    @Column(name = "secret_sealed", nullable = false)
    public byte[] secretSealed;

    /** The secret before the last rotation, which also signs until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret_sealed")
    public byte[] previousSecretSealed;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
