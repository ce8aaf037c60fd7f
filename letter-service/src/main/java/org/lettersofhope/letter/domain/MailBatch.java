package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Approved letters for one facility, mailed together by headquarters. */
@Entity
@Table(name = "mail_batch")
public class MailBatch {

    @Id
    public UUID id;

    @Column(name = "facility_id", nullable = false)
    public UUID facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailBatchStatus status;

    @Column(name = "letter_count", nullable = false)
    public int letterCount;

    @Column(name = "postage_cents")
    public Long postageCents;

    /** ISO 4217, upper-case. */
    public String currency;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sealed_at")
    public Instant sealedAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
