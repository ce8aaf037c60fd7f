package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Work a chapter (or headquarters, with no chapter) asks volunteers for: envelopes to stuff, a database to build. */
@Entity
@Table(name = "volunteer_task")
public class VolunteerTask {

    @Id
    public UUID id;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(nullable = false)
    public String title;

    public String description;

    /** Free tags, lower-cased, as volunteers' skills are. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] skills = new String[0];

    /** ISO 639-1 codes, lower-cased: any one of them will do. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] languages = new String[0];

    /** Names of {@link Availability}: when the work happens. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] availability = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskMode mode;

    public String city;

    /** ISO 3166-2; required in person, for a virtual task the region it is meant for (none: anywhere). */
    public String region;

    @Column(name = "estimated_minutes")
    public Integer estimatedMinutes;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "people_needed", nullable = false)
    public int peopleNeeded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
