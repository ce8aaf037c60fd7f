package org.lettersofhope.letter.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.PostalAddress;
import org.lettersofhope.letter.service.CampaignService;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One addressee and address to write on an envelope. */
@Schema(name = "Envelope", description = "Who to address the piece to, and where")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvelopeResponse(
        @Schema(required = true, examples = "Attorney General Rob Bonta") String addressee,
        @Schema(required = true) OfficialResponse.MailingAddress address,
        @Schema(description = "When the envelope goes to one of the campaign's targets: which") UUID officialId) {

    static OfficialResponse.MailingAddress address(PostalAddress a) {
        return new OfficialResponse.MailingAddress(a.line1, a.line2, a.city, a.region, a.postalCode, a.country());
    }

    static EnvelopeResponse of(String addressee, PostalAddress a) {
        return new EnvelopeResponse(addressee, address(a), null);
    }

    static EnvelopeResponse of(CampaignService.Envelope e) {
        return new EnvelopeResponse(e.addressee(), address(e.address()), e.officialId());
    }
}
