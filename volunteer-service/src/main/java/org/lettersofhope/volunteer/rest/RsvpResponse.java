package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.volunteer.domain.Attendance;
import org.lettersofhope.volunteer.domain.EventRsvp;
import org.lettersofhope.volunteer.domain.RsvpStatus;
import org.lettersofhope.volunteer.service.RsvpView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RSVP as the person who made it sees it. */
@Schema(name = "Rsvp")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RsvpResponse(
        UUID id,
        UUID eventId,
        RsvpStatus status,
        @Schema(description = "Place in line while WAITLISTED, 1 being next") Long waitlistPosition,
        Attendance attendance,
        @Schema(description = "Present only in the answer that confirmed a guest's RSVP: keep it to cancel later; "
                + "it cannot be shown again") String cancelToken,
        @Schema(description = "The event; its street address and meeting URL are shown to a volunteer once their "
                + "place is confirmed, and mailed to a guest instead") CommunityEventResponse event,
        Instant createdAt,
        Instant updatedAt) {

    static RsvpResponse of(RsvpView v) {
        EventRsvp r = v.rsvp();
        return new RsvpResponse(r.id, r.eventId, r.status, v.waitlistPosition(), r.attendance, v.cancelToken(),
                v.event() == null ? null : CommunityEventResponse.of(v.event()), r.createdAt, r.updatedAt);
    }
}
