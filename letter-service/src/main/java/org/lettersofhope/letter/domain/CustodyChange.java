package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lettersofhope.shared.event.letter.CustodyStatus;

/** One step of a recipient's custody history; the first has no {@code fromStatus}. Never changed once written. */
@Entity
@Table(name = "recipient_custody_change")
public class CustodyChange {

    @Id
    public UUID id;

    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CustodyStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CustodyStatus toStatus;

    @Column(name = "from_facility_id")
    public UUID fromFacilityId;

    @Column(name = "to_facility_id")
    public UUID toFacilityId;

    /** The caller's principal name: a volunteer id or an API key id. */
    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
