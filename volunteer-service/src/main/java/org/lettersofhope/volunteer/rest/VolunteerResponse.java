package org.lettersofhope.volunteer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.domain.Volunteer;

/** A volunteer as their coordinators, their partner chapter and they themselves see them. */
@Schema(name = "Volunteer")
public record VolunteerResponse(
        @Schema(required = true) UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String postalCode,
        String city,
        @Schema(required = true, examples = "US-CA") String region,
        @Schema(examples = "US") String country,
        @Schema(required = true) List<String> languages,
        @Schema(required = true) List<String> roles,
        @Schema(required = true) List<String> skills,
        @Schema(required = true) List<String> interests,
        Integer hoursPerWeek,
        @Schema(required = true) List<String> availability,
        String heardFrom,
        @Schema(required = true) boolean contactConsent,
        Instant contactConsentAt,
        @Schema(description = "When they confirmed their address by following the mailed link; null for people "
                + "imported by a partner chapter") Instant emailConfirmedAt,
        UUID chapterId,
        @Schema(required = true) VolunteerStatus status,
        @Schema(description = "The Letter Writing Guidelines version accepted, if any") String guidelinesVersion,
        Instant guidelinesAcceptedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Also sent as the ETag header; send it back in If-Match to update")
        long version) {

    static VolunteerResponse of(Volunteer v) {
        return new VolunteerResponse(v.id, v.firstName, v.lastName, v.email, v.phone, v.postalCode, v.city, v.region,
                v.country, List.of(v.languages), List.of(v.roles), List.of(v.skills), List.of(v.interests),
                v.hoursPerWeek, List.of(v.availability), v.heardFrom, v.contactConsent, v.contactConsentAt,
                v.emailConfirmedAt, v.chapterId, v.status, v.guidelinesVersion, v.guidelinesAcceptedAt, v.createdAt,
                v.updatedAt, v.version);
    }
}
