package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lettersofhope.shared.event.letter.PieceKind;

/** A report that N self-mailed pieces went to one target of an advocacy campaign. */
@Entity
@Table(name = "advocacy_log")
public class AdvocacyLog {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "piece_kind", nullable = false)
    public PieceKind pieceKind;

    @Column(nullable = false)
    public int count;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    /** The volunteer who mailed them, when known (a partner's or coordinator's report may name none). */
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "chapter_id")
    public UUID chapterId;

    /** ISO 3166-2 code, upper-cased, when known. */
    public String region;

    /** The person who logged it; null for a partner key. */
    @Column(name = "logged_by")
    public UUID loggedBy;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;
}
