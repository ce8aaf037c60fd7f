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

import org.lettersofhope.shared.event.letter.PenPalEndReason;

/** A weekly writer paired with a detained recipient. */
@Entity
@Table(name = "pen_pal_match")
public class PenPalMatch {

    @Id
    public UUID id;

    /** Null once the writer was erased. */
    @Column(name = "writer_id")
    public UUID writerId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** The recipient's preferred language when matched. */
    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenPalMatchStatus status;

    @Column(name = "matched_at", nullable = false)
    public Instant matchedAt;

    @Column(name = "matched_by")
    public UUID matchedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public PenPalEndReason endReason;

    @Column(name = "ended_by")
    public UUID endedBy;

    @Version
    public long version;
}
