package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.OfficeLevel;
import org.lettersofhope.letter.domain.Official;
import org.lettersofhope.letter.domain.SocialHandle;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Official", description = "An official that advocacy campaigns write to; public information")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficialResponse(UUID id, String name, String title, String office,
        @Schema(description = "The capitol office's address") MailingAddress mailingAddress,
        List<SocialHandle> socialHandles,
        OfficeLevel level, @Schema(examples = "US-CA") String jurisdiction, Chamber chamber,
        @Schema(examples = "39") String district, MailingAddress districtOffice,
        String phone, String districtPhone, String email, String contactFormUrl,
        Instant createdAt, Instant updatedAt) {

    @Schema(name = "MailingAddress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MailingAddress(String line1, String line2, String city,
            @Schema(examples = "US-DC") String region, String postalCode,
            @Schema(description = "ISO 3166-1 alpha-2", examples = "US") String country) {
    }

    static OfficialResponse of(Official o) {
        return new OfficialResponse(o.id, o.name, o.title, o.office,
                new MailingAddress(o.addressLine1, o.addressLine2, o.city, o.region, o.postalCode, o.country),
                List.copyOf(o.socialHandles), o.level, o.jurisdiction, o.chamber, o.district,
                o.districtOffice == null ? null : EnvelopeResponse.address(o.districtOffice), o.phone,
                o.districtPhone, o.email, o.contactFormUrl, o.createdAt, o.updatedAt);
    }
}
