package org.lettersofhope.letter.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.service.AddressForm;

/** An addressee and a postal address, as written on an envelope: the central address, or a campaign's own. */
@Schema(name = "EnvelopeForm", description = "Who the envelope is addressed to, and where")
public record EnvelopeRequest(
        @Schema(description = "Who the envelope is addressed to", examples = "Letters of Hope - Solidarity Mail",
                maxLength = 200, pattern = TextRules.LINE)
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String addressee,
        @NotNull @Valid OfficialRequest.MailingAddressRequest address) {

    AddressForm toForm() {
        return new AddressForm(addressee, address.line1(), address.line2(), address.city(), address.region(),
                address.postalCode());
    }
}
