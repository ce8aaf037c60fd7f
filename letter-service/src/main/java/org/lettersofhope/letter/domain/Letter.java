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

import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;
import org.lettersofhope.shared.event.letter.PieceKind;

/** A solidarity letter (or card, or postcard) to a detained recipient, on its way through headquarters. */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PieceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LetterOrigin origin;

    /** Changed only through {@code LetterTransitions}, which keeps the history. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LetterStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_reason")
    public LetterStatusReason statusReason;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Column(name = "facility_id", nullable = false)
    public UUID facilityId;

    @Column(name = "writer_id")
    public UUID writerId;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(nullable = false)
    public String region;

    @Column(name = "note_text")
    public String noteText;

    @Column(name = "note_writer_name")
    public String noteWriterName;

    @Column(name = "note_language")
    public String noteLanguage;

    @Column(name = "batch_id")
    public UUID batchId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
