package org.lettersofhope.tally.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.service.VolunteerTally;

@Schema(name = "VolunteerTally")
public record VolunteerTallyResponse(
        @Schema(description = "All registered volunteers", examples = "1240") long total,
        @Schema(description = "Per ISO 3166-2 region, ordered by region code") List<RegionCount> byRegion) {

    @Schema(name = "RegionCount")
    public record RegionCount(@Schema(examples = "US-CA") String region, @Schema(examples = "312") long count) {
    }

    static VolunteerTallyResponse from(VolunteerTally tally) {
        return new VolunteerTallyResponse(tally.total(),
                tally.byRegion().stream().map(r -> new RegionCount(r.region(), r.count())).toList());
    }
}
