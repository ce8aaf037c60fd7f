package org.lettersofhope.tally.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.lettersofhope.shared.event.chapter.ChapterStatus;

/** A chapter as volunteer-service published it; a report-back may name only an active one. */
@Entity
@Table(name = "chapter")
public class Chapter {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChapterStatus status;

    public String region;
}
