package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.lettersofhope.shared.event.chapter.ChapterStatus;

/** A local group organising near a detention facility. */
@Entity
@Table(name = "chapter")
public class Chapter {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String region;

    /** The detention facility the chapter is near, as the founder names it. */
    @Column(name = "facility_name", nullable = false)
    public String facilityName;

    /** letter-service's facility id, once known. */
    @Column(name = "facility_id")
    public UUID facilityId;

    /** Personal data: shown to admins and the chapter's own coordinators only. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChapterStatus status;

    /** The subject of the token that proposed it. */
    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
