package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.volunteer.domain.IntroStatus;
import org.lettersofhope.volunteer.service.IntroMove;

@Schema(name = "OrganiserIntroStep", description = "The next step of an event's organiser introduction: REQUESTED "
        + "(by the host), SCHEDULED (at, meetingUrl and, for an API key, coordinatorId), DONE, or DECLINED (a reason "
        + "the host sees, optional)")
public record OrganiserIntroRequest(
        @Schema(required = true, examples = "SCHEDULED") @NotNull IntroStatus to,

        @Schema(description = "With SCHEDULED: when the organiser joins, during the event",
                examples = "2026-12-12T02:15:00Z") Instant at,

        @Schema(description = "With SCHEDULED: the link, sent to the host only", maxLength = 500,
                pattern = TextRules.HTTPS_URL, examples = "https://meet.example.org/intro-7")
        @Size(max = 500) @Pattern(regexp = TextRules.HTTPS_URL, message = TextRules.HTTPS_URL_MESSAGE)
        String meetingUrl,

        @Schema(description = "With SCHEDULED: the volunteer id of the coordinator who joins; the caller when left "
                + "out (an API key must name one)") UUID coordinatorId,

        @Schema(description = "With DECLINED: why, for the host", maxLength = 500, pattern = TextRules.TEXT,
                examples = "No organiser is free that evening; we will send a short video instead.")
        @Size(max = 500) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String reason) {

    IntroMove toMove() {
        return new IntroMove(to, at, meetingUrl, coordinatorId, reason);
    }
}
