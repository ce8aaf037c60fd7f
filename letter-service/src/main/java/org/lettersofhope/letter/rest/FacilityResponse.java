package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.letter.domain.Facility;
import org.lettersofhope.letter.domain.RefusedItem;

@Schema(name = "Facility")
public record FacilityResponse(UUID id, String name, String operator, boolean forProfit, String addressLine1,
        String addressLine2, String city, String region, String postalCode, List<RefusedItem> refusedItems,
        String mailNotes, boolean active,
        @Schema(description = "Latitude in degrees; null when not known", nullable = true, examples = "32.574")
        Double latitude,
        @Schema(description = "Longitude in degrees; null when not known", nullable = true, examples = "-116.921")
        Double longitude,
        Instant createdAt, Instant updatedAt) {

    static FacilityResponse of(Facility f) {
        return new FacilityResponse(f.id, f.name, f.operator, f.forProfit, f.addressLine1, f.addressLine2, f.city,
                f.region, f.postalCode, Arrays.stream(f.refusedItems).map(RefusedItem::valueOf).toList(), f.mailNotes,
                f.active, f.latitude, f.longitude, f.createdAt, f.updatedAt);
    }
}
