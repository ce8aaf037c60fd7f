package org.lettersofhope.letter.rest;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Facility;
import org.lettersofhope.letter.domain.RefusedItem;

/** What the public may know of a facility: no street address, postal code or headquarters' notes. */
@Schema(name = "PublicFacility", description = "An active detention facility as the public sees it: who runs it, "
        + "where (city, region, coordinates), and what its mail room refuses")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublicFacilityResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Otay Mesa Detention Center") String name,
        @Schema(nullable = true, examples = "CoreCivic") String operator,
        @Schema(required = true, description = "Whether it is run for profit") boolean forProfit,
        @Schema(required = true, examples = "San Diego") String city,
        @Schema(required = true, description = "ISO 3166-2 subdivision code", examples = "US-CA") String region,
        @Schema(required = true, description = "What its mail room refuses") List<RefusedItem> refusedItems,
        @Schema(nullable = true, description = "Latitude in degrees; null when not known", examples = "32.574")
        Double latitude,
        @Schema(nullable = true, description = "Longitude in degrees; null when not known", examples = "-116.921")
        Double longitude,
        @Schema(nullable = true, description = "Great-circle distance in km from the point searched from (near); "
                + "null when the search was not by distance", examples = "12.4") Double distanceKm) {

    static PublicFacilityResponse of(Facility f, Double distanceKm) {
        return new PublicFacilityResponse(f.id, f.name, f.operator, f.forProfit, f.city, f.region,
                Arrays.stream(f.refusedItems).map(RefusedItem::valueOf).toList(), f.latitude, f.longitude,
                distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0);
    }
}
