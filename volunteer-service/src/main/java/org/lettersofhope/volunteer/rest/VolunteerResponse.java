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
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String postalCode,
        String city,
        @Schema(examples = "US-CA") String region,
        @Schema(examples = "US") String country,
        List<String> languages,
        List<String> roles,
        List<String> skills,
        List<String> interests,
        Integer hoursPerWeek,
        List<String> availability,
        String heardFrom,
        boolean contactConsent,
        Instant contactConsentAt,
        @Schema(description = "When they confirmed their address by following the mailed link; null for people "
                + "imported by a partner chapter") Instant emailConfirmedAt,
        UUID chapterId,
        VolunteerStatus status,
        @Schema(description = "The Letter Writing Guidelines version accepted, if any") String guidelinesVersion,
        Instant guidelinesAcceptedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also sent as the ETag header; send it back in If-Match to update") long version) {

    static VolunteerResponse of(Volunteer v) {
        return new VolunteerResponse(v.id, v.firstName, v.lastName, v.email, v.phone, v.postalCode, v.city, v.region,
                v.country, List.of(v.languages), List.of(v.roles), List.of(v.skills), List.of(v.interests),
                v.hoursPerWeek, List.of(v.availability), v.heardFrom, v.contactConsent, v.contactConsentAt,
                v.emailConfirmedAt, v.chapterId, v.status, v.guidelinesVersion, v.guidelinesAcceptedAt, v.createdAt,
                v.updatedAt, v.version);
    }
}
