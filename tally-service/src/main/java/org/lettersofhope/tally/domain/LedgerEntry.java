package org.lettersofhope.tally.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of the ledger, read-only: entries are appended with {@link LedgerEntryRepository#append} and never
 * changed (the database refuses it), so that every total can be traced back to what was reported.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Kind {
        REPORT_BACK, BULK, ADJUSTMENT;

        public Source source() {
            return Source.valueOf(name());
        }
    }

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public ActionType actionType;

    @Column(nullable = false)
    public int quantity;

    public String hashtag;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "chapter_id")
    public UUID chapterId;

    public String region;

    @Column(name = "target_id")
    public UUID targetId;

    @Column(name = "reporter_id")
    public UUID reporterId;

    @Column(name = "corrects_entry_id")
    public UUID correctsEntryId;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
