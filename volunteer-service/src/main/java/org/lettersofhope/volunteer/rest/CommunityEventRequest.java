package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.shared.event.community.CommunityEventFormat;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.volunteer.service.EventPlan;

@Schema(name = "CommunityEventPlan", description = "A community event as its host proposes (or, while it is "
        + "proposed, edits) it. It starts in the future, at most two years ahead, and lasts at most seven days.")
@ValidEventPlan
public record CommunityEventRequest(
        @Schema(examples = "LETTER_WRITING") @NotNull CommunityEventKind kind,

        @Schema(examples = "Holiday cards for Otay Mesa", maxLength = 120, pattern = TextRules.LINE)
        @NotBlank @Size(max = 120) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String title,

        @Schema(examples = "Bring a pen; paper, cards and stamps are provided.", maxLength = 4000,
                pattern = TextRules.TEXT)
        @Size(max = 4000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String description,

        @Schema(examples = "IN_PERSON") @NotNull CommunityEventFormat format,

        @Schema(description = "Start, an ISO-8601 instant", examples = "2026-12-12T02:00:00Z") @NotNull
        Instant startsAt,

        @Schema(description = "End, an ISO-8601 instant after the start", examples = "2026-12-12T04:00:00Z")
        @NotNull Instant endsAt,

        @Schema(description = "IANA time zone the event is held in", examples = "America/Los_Angeles",
                maxLength = 64)
        @NotBlank @Size(max = 64) String timeZone,

        @NotNull @Valid EventLocationRequest location,

        @Schema(description = "Places; later registrations join the waitlist", examples = "25", minimum = "1",
                maximum = "10000")
        @NotNull @Min(1) @Max(10000) Integer capacity,

        @Schema(description = "The letter-service campaign the event supports: one letter-service has published and "
                + "not closed (422 otherwise)") UUID campaignId,

        @Schema(description = "Whether the host would like an organiser to join by video for a short introduction",
                examples = "true", defaultValue = "false")
        boolean organiserIntroRequested,

        @Schema(description = "The chapter organising the event: one the caller belongs to (a volunteer's own "
                + "chapter) or coordinates (422 otherwise; headquarters may name any). A chapter coordinator's events "
                + "are their own chapter's.")
        UUID chapterId) {

    EventPlan toPlan() {
        return new EventPlan(kind, title, description, format, startsAt, endsAt, timeZone, location.venueName(),
                location.streetAddress(), location.city(), location.region(), location.meetingUrl(), capacity,
                campaignId, organiserIntroRequested, chapterId);
    }
}
