package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** A volunteer's request to be paid back for stamps, postage or postcards. */
@Entity
@Table(name = "reimbursement")
public class Reimbursement {

    @Id
    public UUID id;

    /** Null once the volunteer was erased. */
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    /** The volunteer's chapter when they asked; its coordinators decide, its partner key reads. */
    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "amount_cents", nullable = false)
    public long amountCents;

    /** ISO 4217, upper case. */
    @Column(nullable = false)
    public String currency;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ReimbursementItem> items = new ArrayList<>();

    /** Null once the volunteer was erased. */
    @Column(name = "receipt_reference")
    public String receiptReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReimbursementStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
