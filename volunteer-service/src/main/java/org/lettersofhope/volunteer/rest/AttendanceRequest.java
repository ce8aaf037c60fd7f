package org.lettersofhope.volunteer.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.volunteer.domain.Attendance;

@Schema(name = "AttendanceRequest", description = "Whether a confirmed RSVP came; marking again replaces it")
public record AttendanceRequest(@Schema(examples = "ATTENDED") @NotNull Attendance attendance) {
}
