package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recipient's reply that reached headquarters and was routed to the writer. */
@Entity
@Table(name = "reply")
public class Reply {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    /** Null once the writer was erased. */
    @Column(name = "writer_id")
    public UUID writerId;

    @Column(name = "match_id")
    public UUID matchId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** BCP 47 tag of the language it is written in. */
    @Column(nullable = false)
    public String language;

    @Column(name = "needs_translation", nullable = false)
    public boolean needsTranslation;

    @Column(name = "logged_by", nullable = false)
    public String loggedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
