package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Breakdown", description = "A metric broken down by one dimension, largest first. For the public, a "
        + "chapter or region cell below the small-cell threshold has count null and fewerThan set to the threshold, "
        + "and other cells may be hidden with it (count and fewerThan null) so that no small cell can be worked out "
        + "by subtraction; hidden cells come last, in the order of their keys. See docs/tallies.md, \"Disclosure "
        + "control\".")
public record BreakdownResponse(
        UUID campaignId,
        Metric metric,
        @Schema(examples = "CHAPTER") Dimension by,
        List<CellResponse> cells,
        @Schema(description = "True when the metric is withheld from the public altogether in this campaign (it is "
                + "so small that its figures would give a chapter or region away); cells is then empty")
        boolean withheld) {

    @Schema(name = "BreakdownCell")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CellResponse(
            @Schema(description = "The chapter id, region code, target id, action type or source",
                    examples = "US-CA") String key,
            @Schema(description = "The count; null when the cell is too small to show", nullable = true,
                    examples = "312") Long count,
            @Schema(description = "Set instead of count on a small cell: the count is below this. A cell with count "
                    + "and fewerThan null is hidden so that a small one cannot be worked out; it is at least the "
                    + "threshold", nullable = true, examples = "5") Integer fewerThan) {
    }

    static BreakdownResponse of(UUID campaignId, Metric metric, Dimension by, TallyQueries.Breakdown b) {
        return new BreakdownResponse(campaignId, metric, by,
                b.cells().stream().map(c -> new CellResponse(c.value(), c.count(), c.fewerThan())).toList(),
                b.withheld());
    }
}
