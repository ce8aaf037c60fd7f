package org.lettersofhope.letter.rest;

import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.commons.rest.TextRules;
import org.lettersofhope.letter.domain.RefusedItem;
import org.lettersofhope.letter.service.FacilityForm;

@Schema(name = "FacilityDetails", description = "A detention facility, its mailing address and its mail rules")
public record FacilityRequest(
        @Schema(examples = "Otay Mesa Detention Center", maxLength = 200, pattern = TextRules.LINE)
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String name,

        @Schema(description = "Who runs it", examples = "CoreCivic", maxLength = 200, pattern = TextRules.LINE)
        @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String operator,

        @Schema(description = "Whether it is run for profit", examples = "true") @NotNull Boolean forProfit,

        @Schema(examples = "7488 Calzada de la Fuente", maxLength = 200, pattern = TextRules.LINE)
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String addressLine1,

        @Schema(examples = "PO Box 438150", maxLength = 200, pattern = TextRules.LINE)
        @Size(max = 200) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String addressLine2,

        @Schema(examples = "San Diego", maxLength = 100, pattern = TextRules.LINE)
        @NotBlank @Size(max = 100) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE) String city,

        @Schema(description = "ISO 3166-2 subdivision code", examples = "US-CA", pattern = TextRules.REGION)
        @NotBlank @Pattern(regexp = TextRules.REGION, message = TextRules.REGION_MESSAGE) String region,

        @Schema(examples = "92154", maxLength = 20, pattern = TextRules.LINE)
        @NotBlank @Size(max = 20) @Pattern(regexp = TextRules.LINE, message = TextRules.LINE_MESSAGE)
        String postalCode,

        @Schema(description = "What its mail room refuses", examples = "[\"GLITTER\",\"STICKERS\"]", maxItems = 20)
        @Size(max = 20) Set<@NotNull RefusedItem> refusedItems,

        @Schema(description = "Other mail rules, for headquarters' review", maxLength = 2000,
                pattern = TextRules.TEXT, examples = "Plain white paper only; no more than 5 pages.")
        @Size(max = 2000) @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE) String mailNotes,

        @Schema(description = "Whether letters are still sent there; defaults to true", defaultValue = "true")
        Boolean active,

        @Schema(description = "Where it is: latitude in degrees (WGS 84); with longitude, or neither. The public "
                + "finds facilities near them by it", examples = "32.5740", minimum = "-90", maximum = "90")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,

        @Schema(description = "Longitude in degrees (WGS 84); with latitude, or neither", examples = "-116.9210",
                minimum = "-180", maximum = "180")
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    FacilityForm toForm() {
        return new FacilityForm(name, operator, forProfit, addressLine1, addressLine2, city, region, postalCode,
                refusedItems, mailNotes, active == null || active, latitude, longitude);
    }
}
