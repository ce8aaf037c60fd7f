package org.lettersofhope.tally.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.TallyQueries;

import com.fasterxml.jackson.annotation.JsonInclude;


@Schema(name = "CampaignTallies", description = "A campaign's totals per metric and its goal progress. Totals are "
        + "exact and contain no personal data; for the public, a metric so small that its total would give a chapter "
        + "or region away is withheld (null).")
public record CampaignTalliesResponse(
        @Schema(required = true) UUID campaignId,
        @Schema(examples = "letters-to-the-secretary") String slug,
        @Schema(required = true) CampaignKind kind,
        @Schema(required = true, enumeration = { "OPEN", "CLOSED" }) String status,
        LocalDate startsOn,
        LocalDate endsOn,
        @Schema(required = true) List<UUID> targetIds,
        @Schema(required = true, description = "Every metric's total, by metric name (see docs/tallies.md for each "
                + "one's source); null for a metric withheld from the public", type = SchemaType.OBJECT,
                additionalProperties = Long.class,
                examples = "{\"ACTIONS\": 1240, \"EVENTS_HELD\": 12}") Map<Metric, Long> totals,
        @Schema(required = true) GoalResponse goal,
        @Schema(required = true, description = "When these totals were read") Instant asOf) {

    @Schema(name = "GoalProgress", description = "Progress towards the campaign's goal, counted in ACTIONS")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoalResponse(
            @Schema(required = true, examples = "ACTIONS") Metric metric,
            @Schema(description = "null when ACTIONS is withheld from the public", nullable = true,
                    examples = "1240") Long count,
            @Schema(required = true, examples = "2000") int goal,
            @Schema(description = "count / goal, in percent, rounded down to one decimal; above 100 when exceeded; "
                    + "absent without a goal", examples = "62.0", nullable = true) BigDecimal percent,
            @Schema(description = "What is still missing, 0 once reached; null when ACTIONS is withheld",
                    nullable = true, examples = "760") Long remaining,
            @Schema(description = "Days from today (or the start, if later) to the end date, both included; absent "
                    + "without an end date or once the campaign is closed", nullable = true, examples = "10")
            Integer daysLeft,
            @Schema(description = "What must be done each remaining day to reach the goal by the end date (rounded "
                    + "up); absent once the end date has passed with the goal unmet, once the campaign is closed, "
                    + "or without an end date",
                    nullable = true, examples = "76") Long pacePerDay) {
    }

    static CampaignTalliesResponse of(TallyQueries.CampaignTotals t) {
        var c = t.campaign();
        var g = t.goal();
        return new CampaignTalliesResponse(c.id(), c.slug(), c.kind(), c.open() ? "OPEN" : "CLOSED", c.startsOn(),
                c.endsOn(), c.targetIds(), t.totals(), new GoalResponse(g.metric(), g.count(), g.goal(), g.percent(),
                        g.remaining(), g.daysLeft(), g.pacePerDay()), t.asOf());
    }
}
