package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.EmailAddress;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.chapter.ChapterStatus;
import org.lettersofhope.volunteer.domain.Chapter;
import org.lettersofhope.volunteer.service.ChapterService;

/** Request and response bodies of the chapter endpoints. */
final class ChapterRequests {

    private ChapterRequests() {
    }

    static final String TITLE = "^[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} .,'’()&\\-]*$";
    static final String TITLE_MESSAGE = "must be letters, digits, spaces and . , ' ( ) & -";

    @Schema(name = "ChapterProposal", description = "A founder proposes a chapter near a detention facility.")
    record Proposal(
            @Schema(examples = "Letters of Hope San Diego", maxLength = 120, pattern = TITLE)
            @NotBlank @Size(max = 120) @Pattern(regexp = TITLE, message = TITLE_MESSAGE) String name,
            @Schema(examples = "US-CA", pattern = Regions.PATTERN)
            @NotBlank @Pattern(regexp = Regions.PATTERN, message = "must be an ISO 3166-2 code such as US-CA")
            String region,
            @Schema(description = "The detention facility the chapter is near", examples = "Otay Mesa Detention Center",
                    maxLength = 200, pattern = TITLE)
            @NotBlank @Size(max = 200) @Pattern(regexp = TITLE, message = TITLE_MESSAGE) String facilityName,
            @Schema(description = "letter-service's id of that facility, if known", nullable = true) UUID facilityId,
            @Schema(examples = "Rosa M.", maxLength = 100, pattern = VolunteerForm.NAME, nullable = true)
            @Size(max = 100) @Pattern(regexp = VolunteerForm.NAME, message = VolunteerForm.NAME_MESSAGE)
            String contactName,
            @Schema(examples = "sandiego@example.org", maxLength = 254, format = "email", nullable = true)
            @Size(max = 254) @EmailAddress String contactEmail) {

        ChapterService.Proposal toProposal() {
            return new ChapterService.Proposal(name, region, facilityName, facilityId, contactName, contactEmail);
        }
    }

    @Schema(name = "ChapterStatusChange")
    record StatusChange(@Schema(examples = "ACTIVE") @NotNull ChapterStatus status) {
    }

    @Schema(name = "Chapter", description = "contactName and contactEmail are shown to admins, headquarters and the "
            + "chapter's own coordinators and partner key only.")
    record View(UUID id, String name, @Schema(examples = "US-CA") String region, String facilityName, UUID facilityId,
            ChapterStatus status, String contactName, String contactEmail, Instant createdAt, Instant updatedAt) {

        static View of(Chapter c, boolean withContact) {
            return new View(c.id, c.name, c.region, c.facilityName, c.facilityId, c.status,
                    withContact ? c.contactName : null, withContact ? c.contactEmail : null, c.createdAt,
                    c.updatedAt);
        }
    }


    @Schema(name = "ChapterCoordinators")
    record Coordinators(@Schema(description = "Volunteer ids") List<UUID> volunteerIds) {
    }
}
