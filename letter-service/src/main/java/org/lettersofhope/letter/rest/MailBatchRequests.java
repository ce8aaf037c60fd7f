package org.lettersofhope.letter.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of mail batch requests. */
public final class MailBatchRequests {

    static final String CURRENCY = "^[A-Za-z]{3}$";

    private MailBatchRequests() {
    }

    @Schema(name = "MailBatchOpening")
    public record Open(@Schema(description = "The active facility the batch is mailed to") @NotNull UUID facilityId) {
    }

    @Schema(name = "MailBatchLetter")
    public record AddLetter(@Schema(description = "An APPROVED letter for the batch's facility") @NotNull
            UUID letterId) {
    }

    @Schema(name = "MailBatchMailing", description = "The postage paid to mail the sealed batch")
    public record Mailing(
            @Schema(description = "Postage in the currency's minor unit", examples = "1460", minimum = "0",
                    maximum = "10000000")
            @NotNull @Min(0) @Max(10_000_000) Long postageCents,
            @Schema(description = "ISO 4217 code", examples = "USD", pattern = CURRENCY)
            @NotBlank @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 currency code such as USD")
            String currency) {
    }
}
