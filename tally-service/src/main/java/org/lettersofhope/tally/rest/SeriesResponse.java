package org.lettersofhope.tally.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

@Schema(name = "Series", description = "A metric per day or per week (weeks start on Monday) in a time zone; every "
        + "period of the range is present, with 0 where nothing was counted.")
public record SeriesResponse(
        UUID campaignId,
        Metric metric,
        TallyQueries.Interval interval,
        @Schema(examples = "America/Chicago") String zone,
        LocalDate from,
        LocalDate to,
        List<PointResponse> points,
        @Schema(description = "True when the metric is withheld from the public altogether in this campaign (its "
                + "points would add up to a total that gives a chapter or region away); points is then empty")
        boolean withheld) {

    @Schema(name = "SeriesPoint")
    public record PointResponse(
            @Schema(description = "The day, or the Monday starting the week") LocalDate start,
            @Schema(examples = "45") long count) {
    }

    static SeriesResponse of(UUID campaignId, Metric metric, TallyQueries.Interval interval, String zone,
            TallyQueries.Series series) {
        List<TallyQueries.Point> points = series.points();
        LocalDate from = points.isEmpty() ? null : points.get(0).start();
        LocalDate to = points.isEmpty() ? null : points.get(points.size() - 1).start();
        return new SeriesResponse(campaignId, metric, interval, zone, from, to,
                points.stream().map(p -> new PointResponse(p.start(), p.count())).toList(), series.withheld());
    }
}
