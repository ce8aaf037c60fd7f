package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.service.References;

/** The small bodies of a volunteer's state changes. */
final class VolunteerActions {

    private VolunteerActions() {
    }

    @Schema(name = "StatusChange")
    record StatusChange(@Schema(examples = "ACTIVE") @NotNull VolunteerStatus status) {
    }

    @Schema(name = "GuidelinesAcceptance")
    record GuidelinesAcceptance(
            @Schema(description = "The Letter Writing Guidelines version read and accepted: a version "
                    + "letter-service has published (GET /api/guidelines there)", examples = "2026.1",
                    pattern = References.VERSION)
            @NotBlank @Pattern(regexp = References.VERSION, message = "must be a version such as 2026.1")
            String version) {
    }

    @Schema(name = "ChapterMembership")
    record ChapterMembership(@Schema(description = "The chapter to belong to; null to leave any chapter", nullable = true)
            UUID chapterId) {
    }
}
