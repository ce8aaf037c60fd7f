package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.community.CommunityEventFormat;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.CommunityEventStatus;
import org.lettersofhope.volunteer.domain.CommunityEvent;
import org.lettersofhope.volunteer.domain.IntroStatus;
import org.lettersofhope.volunteer.service.EventView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A community event as the caller may see it; fields they may not see are left out. */
@Schema(name = "CommunityEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityEventResponse(
        UUID id,
        CommunityEventKind kind,
        String title,
        String description,
        CommunityEventFormat format,
        Instant startsAt,
        Instant endsAt,
        @Schema(examples = "America/Los_Angeles") String timeZone,
        EventLocationResponse location,
        int capacity,
        @Schema(description = "Confirmed places") long confirmedCount,
        @Schema(description = "People on the waitlist") long waitlistCount,
        @Schema(description = "Places still free") long spotsLeft,
        UUID campaignId,
        UUID chapterId,
        CommunityEventStatus status,
        @Schema(description = "Shown to the host and coordinators only") UUID hostId,
        @Schema(description = "Whether the host asked for an organiser's introduction; shown to the host and "
                + "coordinators only") Boolean organiserIntroRequested,
        @Schema(description = "The organiser's introduction, once asked for; shown to the host and coordinators only")
        OrganiserIntroResponse organiserIntro,
        @Schema(description = "Why it was rejected; shown to the host and coordinators only") String rejectionReason,
        @Schema(description = "What the event achieved, once reported back") ReportBackResponse reportBack,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "EventLocationView", description = "City and region for everyone; venue, street address and "
            + "meeting URL only for confirmed attendees, the host and coordinators (detailsShown)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventLocationResponse(String venueName, String streetAddress, String city, String region,
            String meetingUrl, boolean detailsShown) {
    }

    @Schema(name = "OrganiserIntro", description = "An organiser joining the event by video: requested by the host, "
            + "scheduled by a coordinator (when, the link, who joins), then done or declined")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganiserIntroResponse(IntroStatus status,
            @Schema(description = "Where it may go next", examples = "[\"SCHEDULED\", \"DECLINED\"]")
            List<IntroStatus> allowedNextStatuses,
            @Schema(description = "When the organiser joins") Instant at,
            @Schema(description = "The link to open on the event's screen", examples = "https://meet.example.org/intro-7")
            String meetingUrl,
            @Schema(description = "The volunteer id of the coordinator who joins") UUID coordinatorId,
            @Schema(description = "Why it was declined") String declineReason) {

        static OrganiserIntroResponse of(CommunityEvent e) {
            return e.introStatus == IntroStatus.NOT_REQUESTED ? null
                    : new OrganiserIntroResponse(e.introStatus, e.introStatus.allowedNext().stream().sorted().toList(),
                            e.introAt, e.introMeetingUrl, e.introCoordinatorId, e.introDeclineReason);
        }
    }

    @Schema(name = "EventReportBackView")
    public record ReportBackResponse(int lettersWritten, int postcardsWritten, int attendees,
            @Schema(description = "1 for the first report, one more for each correction") int revision,
            Instant reportedAt) {
    }

    static CommunityEventResponse of(EventView v) {
        CommunityEvent e = v.event();
        boolean details = v.showsLocation();
        EventLocationResponse location = new EventLocationResponse(details ? e.venueName : null,
                details ? e.streetAddress : null, e.city, e.region, details ? e.meetingUrl : null, details);
        ReportBackResponse report = e.reportRevision == 0 ? null : new ReportBackResponse(e.lettersWritten,
                e.postcardsWritten, e.attendeesReported, e.reportRevision, e.reportedAt);
        boolean managed = v.managed();
        return new CommunityEventResponse(e.id, e.kind, e.title, e.description, e.format, e.startsAt, e.endsAt,
                e.timeZone, location, e.capacity, v.confirmed(), v.waitlisted(),
                Math.max(0, e.capacity - v.confirmed()), e.campaignId, e.chapterId, e.status,
                managed ? e.hostId : null, managed ? e.introStatus != IntroStatus.NOT_REQUESTED : null,
                managed ? OrganiserIntroResponse.of(e) : null,
                managed ? e.rejectionReason : null, report, e.createdAt, e.updatedAt);
    }

    /** The entity tag of the event's current version (quoted by JAX-RS), for If-Match on edits. */
    static String etag(EventView v) {
        return Long.toString(v.event().version);
    }
}
