package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Breakdown", description = "A metric broken down by one dimension, largest first. For the public, a "
        + "chapter or region cell below the small-cell threshold has count null and fewerThan set to the threshold; "
        + "such cells come last, in the order of their keys.")
public record BreakdownResponse(
        UUID campaignId,
        Metric metric,
        @Schema(examples = "CHAPTER") Dimension by,
        List<CellResponse> cells) {

    @Schema(name = "BreakdownCell")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CellResponse(
            @Schema(description = "The chapter id, region code, target id, action type or source",
                    examples = "US-CA") String key,
            @Schema(description = "The count; null when the cell is too small to show", nullable = true,
                    examples = "312") Long count,
            @Schema(description = "Set instead of count on a suppressed cell: the count is below this", nullable = true,
                    examples = "5") Integer fewerThan) {
    }

    static BreakdownResponse of(UUID campaignId, Metric metric, Dimension by, List<TallyQueries.Cell> cells) {
        return new BreakdownResponse(campaignId, metric, by,
                cells.stream().map(c -> new CellResponse(c.value(), c.count(), c.fewerThan())).toList());
    }
}
