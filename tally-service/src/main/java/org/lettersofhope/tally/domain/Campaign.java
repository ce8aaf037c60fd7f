package org.lettersofhope.tally.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lettersofhope.shared.event.letter.CampaignKind;

/** A campaign as letter-service published it: what tally-service needs to count for it and show its goal. */
@Entity
@Table(name = "campaign")
public class Campaign {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    public UUID id;

    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Column(nullable = false)
    public int goal;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_ids", nullable = false)
    public UUID[] targetIds = new UUID[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
