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

/** A recipient proposed as a writer's new pen pal after their match ended because the pen pal left custody. */
@Entity
@Table(name = "pen_pal_offer")
public class PenPalOffer {

    @Id
    public UUID id;

    /** Null once the writer was erased. */
    @Column(name = "writer_id")
    public UUID writerId;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** The match whose end led to the offer. */
    @Column(name = "after_match_id", nullable = false)
    public UUID afterMatchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenPalOfferStatus status;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Who accepted or declined: the writer, or the headquarters coordinator who did it for them. */
    @Column(name = "decided_by")
    public UUID decidedBy;

    /** The match made when the offer was accepted. */
    @Column(name = "match_id")
    public UUID matchId;

    @Version
    public long version;
}
