package org.lettersofhope.tally.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest report of a community event that was counted; a higher revision replaces it. */
@Entity
@Table(name = "event_report")
public class EventReport {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "chapter_id")
    public UUID chapterId;

    public String region;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;

    @Column(nullable = false)
    public int letters;

    @Column(nullable = false)
    public int postcards;

    @Column(nullable = false)
    public int attendees;
}
