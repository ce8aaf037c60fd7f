package org.lettersofhope.tally.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "VolunteerTally")
public record VolunteerTallyResponse(
        @Schema(description = "All registered volunteers", examples = "1240") long total,
        @Schema(description = "Per ISO 3166-2 region, largest first; regions too small to show come last")
        List<RegionCount> byRegion) {

    @Schema(name = "RegionCount")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionCount(
            @Schema(examples = "US-CA") String region,
            @Schema(nullable = true, examples = "312") Long count,
            @Schema(nullable = true, description = "Set instead of count on a region too small to show",
                    examples = "5") Integer fewerThan) {
    }

    static VolunteerTallyResponse of(long total, List<TallyQueries.Cell> regions) {
        return new VolunteerTallyResponse(total,
                regions.stream().map(r -> new RegionCount(r.value(), r.count(), r.fewerThan())).toList());
    }
}
