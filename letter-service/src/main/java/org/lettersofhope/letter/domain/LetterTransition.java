package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

/** One status change of a letter; the first has no {@code fromStatus}. Never changed once written. */
@Entity
@Table(name = "letter_transition")
public class LetterTransition {

    @Id
    public UUID id;

    @Column(name = "letter_id", nullable = false)
    public UUID letterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public LetterStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public LetterStatus toStatus;

    @Enumerated(EnumType.STRING)
    public LetterStatusReason reason;

    /** A volunteer id, an API key's name, or {@code system} for a change that followed a custody change. */
    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
