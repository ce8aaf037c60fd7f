package org.lettersofhope.letter.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.domain.ReimbursementItem;
import org.lettersofhope.letter.domain.ReimbursementItemKind;
import org.lettersofhope.letter.service.ReimbursementForm;

@Schema(name = "ReimbursementForm", description = "What a volunteer paid for stamps, postage or postcards. The "
        + "items must add up to amountCents, and the amount must be more than the threshold for its currency "
        + "(by default more than 1000 USD cents, i.e. over USD 10); other currencies are refused unless configured.")
public record ReimbursementRequest(
        @Schema(description = "Total in the currency's minor units (cents)", examples = "1460", minimum = "1",
                maximum = "1000000")
        @NotNull @Min(1) @Max(1_000_000) Long amountCents,

        @Schema(description = "ISO 4217 code, upper case", examples = "USD", pattern = CURRENCY)
        @NotNull @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 code such as USD") String currency,

        @Schema(description = "1 to 20 items", minItems = 1, maxItems = 20)
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ItemRequest> items,

        @Schema(description = "Where the receipt can be found: a receipt number or file name", examples =
                "USPS receipt 4021-7781", maxLength = 100, pattern = TextRules.LINE)
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String receiptReference) {

    public static final String CURRENCY = "^[A-Z]{3}$";

    @Schema(name = "ReimbursementItemInput")
    public record ItemRequest(
            @Schema(examples = "STAMPS") @NotNull ReimbursementItemKind kind,
            @Schema(examples = "20", minimum = "1", maximum = "10000") @NotNull @Min(1) @Max(10_000) Integer quantity,
            @Schema(description = "What the item cost in minor units", examples = "1460", minimum = "1",
                    maximum = "1000000")
            @NotNull @Min(1) @Max(1_000_000) Long amountCents) {
    }

    ReimbursementForm toForm() {
        return new ReimbursementForm(amountCents, currency,
                items.stream().map(i -> new ReimbursementItem(i.kind(), i.quantity(), i.amountCents())).toList(),
                receiptReference);
    }
}
