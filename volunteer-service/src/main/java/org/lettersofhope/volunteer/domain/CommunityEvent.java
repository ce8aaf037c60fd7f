package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.lettersofhope.shared.event.community.CommunityEventFormat;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.CommunityEventStatus;

/**
 * A letter-writing evening, postcard party, organising meeting or info session that a volunteer hosts. Its street
 * address and meeting link are for its attendees, host and coordinators only.
 */
@Entity
@Table(name = "community_event")
public class CommunityEvent {

    @Id
    public UUID id;

    /** The hosting volunteer; null once they were erased. */
    @Column(name = "host_id")
    public UUID hostId;

    @Column(name = "chapter_id")
    public UUID chapterId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunityEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunityEventFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommunityEventStatus status;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** IANA time zone id, e.g. America/Los_Angeles. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The start's date in {@link #timeZone}. */
    @Column(name = "local_start_date", nullable = false)
    public LocalDate localStartDate;

    @Column(name = "venue_name")
    public String venueName;

    @Column(name = "street_address")
    public String streetAddress;

    public String city;

    /** ISO 3166-2 subdivision code, upper-cased. */
    @Column(nullable = false)
    public String region;

    @Column(name = "meeting_url")
    public String meetingUrl;

    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "intro_status", nullable = false)
    public IntroStatus introStatus = IntroStatus.NOT_REQUESTED;

    /** When the organiser joins, once scheduled. */
    @Column(name = "intro_at")
    public Instant introAt;

    /** The link the organiser's introduction uses: for the host (and staff) only. */
    @Column(name = "intro_meeting_url")
    public String introMeetingUrl;

    /** The volunteer id of the coordinator who joins; null once they were erased. */
    @Column(name = "intro_coordinator_id")
    public UUID introCoordinatorId;

    @Column(name = "intro_decline_reason")
    public String introDeclineReason;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "letters_written")
    public Integer lettersWritten;

    @Column(name = "postcards_written")
    public Integer postcardsWritten;

    @Column(name = "attendees_reported")
    public Integer attendeesReported;

    /** 0 before any report-back; each report or correction adds one. */
    @Column(name = "report_revision", nullable = false)
    public int reportRevision;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The statuses this event may move to next. */
    public Set<CommunityEventStatus> allowedNext() {
        return switch (status) {
            case PROPOSED -> EnumSet.of(CommunityEventStatus.APPROVED, CommunityEventStatus.REJECTED,
                    CommunityEventStatus.CANCELLED);
            case APPROVED -> EnumSet.of(CommunityEventStatus.CANCELLED);
            case REJECTED, CANCELLED -> EnumSet.noneOf(CommunityEventStatus.class);
        };
    }

    /** Anyone may see an approved event, and one that was cancelled after approval (its attendees need to know). */
    public boolean isPublic() {
        return status == CommunityEventStatus.APPROVED
                || (status == CommunityEventStatus.CANCELLED && approvedAt != null);
    }

    public boolean hasEnded(Instant now) {
        return !endsAt.isAfter(now);
    }
}
