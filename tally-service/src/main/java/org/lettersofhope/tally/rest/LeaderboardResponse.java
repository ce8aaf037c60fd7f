package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Leaderboard", description = "Chapters by a metric, largest first; equal counts share a rank. For the "
        + "public, chapters below the small-cell threshold follow unranked, with count null and fewerThan set.")
public record LeaderboardResponse(UUID campaignId, Metric metric, List<Entry> entries) {

    @Schema(name = "LeaderboardEntry")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(
            @Schema(nullable = true, examples = "1") Integer rank,
            UUID chapterId,
            @Schema(nullable = true, examples = "312") Long count,
            @Schema(nullable = true, examples = "5") Integer fewerThan) {
    }

    static LeaderboardResponse of(UUID campaignId, Metric metric, List<TallyQueries.Ranked> ranked) {
        return new LeaderboardResponse(campaignId, metric, ranked.stream()
                .map(r -> new Entry(r.rank(), UUID.fromString(r.chapterId()), r.count(), r.fewerThan())).toList());
    }
}
