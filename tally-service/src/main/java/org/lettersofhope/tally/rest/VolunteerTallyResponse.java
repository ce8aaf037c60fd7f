package org.lettersofhope.tally.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "VolunteerTally")
public record VolunteerTallyResponse(
        @Schema(description = "All registered volunteers; null if withheld from the public (so few that the "
                + "total would give a region away)", nullable = true, examples = "1240") Long total,
        @Schema(description = "Per ISO 3166-2 region, largest first; hidden regions (too small to show, or hidden "
                + "with them so that no small one can be worked out) come last")
        List<RegionCount> byRegion) {

    @Schema(name = "RegionCount")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionCount(
            @Schema(examples = "US-CA") String region,
            @Schema(nullable = true, examples = "312") Long count,
            @Schema(nullable = true, description = "Set instead of count on a region too small to show; null "
                    + "with count null on a region hidden so that a small one cannot be worked out",
                    examples = "5") Integer fewerThan) {
    }

    static VolunteerTallyResponse of(Long total, List<TallyQueries.Cell> regions) {
        return new VolunteerTallyResponse(total,
                regions.stream().map(r -> new RegionCount(r.value(), r.count(), r.fewerThan())).toList());
    }
}
