package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Leaderboard", description = "Chapters by a metric, largest first; equal counts share a rank. For the "
        + "public, chapters whose counts are hidden (as in the chapter breakdown: below the small-cell threshold, "
        + "fewerThan set; or hidden with them, fewerThan null) follow unranked with count null. Empty when the "
        + "metric is withheld from the public.")
public record LeaderboardResponse(UUID campaignId, Metric metric, List<Entry> entries,
        @Schema(description = "True when the metric is withheld from the public altogether in this campaign; entries "
                + "is then empty") boolean withheld) {

    @Schema(name = "LeaderboardEntry")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(
            @Schema(nullable = true, examples = "1") Integer rank,
            UUID chapterId,
            @Schema(nullable = true, examples = "312") Long count,
            @Schema(nullable = true, examples = "5") Integer fewerThan) {
    }

    static LeaderboardResponse of(UUID campaignId, Metric metric, TallyQueries.Leaderboard board) {
        return new LeaderboardResponse(campaignId, metric, board.entries().stream()
                .map(r -> new Entry(r.rank(), UUID.fromString(r.chapterId()), r.count(), r.fewerThan())).toList(),
                board.withheld());
    }
}
