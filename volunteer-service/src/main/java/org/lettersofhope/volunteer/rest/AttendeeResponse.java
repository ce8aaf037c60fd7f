package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.volunteer.domain.Attendance;
import org.lettersofhope.volunteer.domain.EventRsvp;
import org.lettersofhope.volunteer.domain.RsvpStatus;
import org.lettersofhope.volunteer.service.RsvpView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RSVP as the event's host and coordinators see it. Guests' emails are for coordinators only. */
@Schema(name = "Attendee")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendeeResponse(
        @Schema(description = "The RSVP id") UUID id,
        @Schema(description = "Set when a volunteer registered with their token") UUID volunteerId,
        @Schema(examples = "Sam Ortiz") String name,
        @Schema(description = "A guest's email; shown to coordinators, not to the host") String email,
        RsvpStatus status,
        Long waitlistPosition,
        Attendance attendance,
        Instant createdAt,
        Instant updatedAt) {

    static AttendeeResponse of(RsvpView v, boolean showEmail) {
        EventRsvp r = v.rsvp();
        return new AttendeeResponse(r.id, r.volunteerId, r.name, showEmail ? r.email : null, r.status,
                v.waitlistPosition(), r.attendance, r.createdAt, r.updatedAt);
    }
}
