package org.lettersofhope.tally.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.tally.domain.CounterRepository;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.Directory.CampaignView;

/**
 * Reads tallies from the counters. Coordinators, admins and dashboard keys see exact numbers; everyone else sees
 * the figures {@link DisclosureControl} protects (small chapter and region cells hidden, with complementary cells
 * so that subtraction cannot recover them, and rarely a metric withheld).
 */
@ApplicationScoped
public class TallyQueries {

    /** The longest series one request may ask for. */
    public static final int MAX_SERIES_DAYS = 732;

    public enum Interval {
        DAY, WEEK
    }

    /** Goal progress; count, percent, remaining and pace are null when ACTIONS is withheld from the caller. */
    public record Goal(Metric metric, Long count, int goal, BigDecimal percent, Long remaining, Integer daysLeft,
            Long pacePerDay) {
    }

    public record CampaignTotals(CampaignView campaign, Map<Metric, Long> totals, Goal goal, Instant asOf) {
    }

    /**
     * A cell; {@code count} null when hidden from this caller, with {@code fewerThan} set when it is below the
     * small-cell threshold (and null when it is hidden so that a small one cannot be worked out).
     */
    public record Cell(String value, Long count, Integer fewerThan) {
    }

    public record Point(LocalDate start, long count) {
    }

    /** A breakdown's cells; none, and withheld, when the metric is withheld from the caller. */
    public record Breakdown(List<Cell> cells, boolean withheld) {
    }

    /** A series' points; none, and withheld, when the metric is withheld from the caller. */
    public record Series(List<Point> points, boolean withheld) {
    }

    /** One scope's figures as one caller may see them: exact for insiders, protected for everyone else. */
    public interface Figures {
        /** Every metric's total; null for a metric withheld from this caller. */
        Map<Metric, Long> totals();

        Breakdown breakdown(Metric metric, Dimension by);

        boolean isWithheld(Metric metric);
    }

    public record Ranked(Integer rank, String chapterId, Long count, Integer fewerThan) {
    }

    /** A leaderboard; empty, and withheld, when the metric is withheld from the caller. */
    public record Leaderboard(List<Ranked> entries, boolean withheld) {
    }

    @Inject
    Directory directory;

    @Inject
    CounterRepository counters;

    @Inject
    TallyConfig config;

    @Inject
    Caller caller;

    @Inject
    DisclosureControl disclosure;

    public CampaignView campaign(UUID campaignId) {
        return directory.campaign(campaignId).orElseThrow(() -> Refusals.unknownCampaign(campaignId));
    }

    /** A scope's figures (a campaign, or {@link CounterRepository#ALL}) as the caller may see them. */
    public Figures figures(UUID scope) {
        return seesExactNumbers() ? exact(scope) : disclosure.figures(scope);
    }

    /** The exact figures, for insiders. */
    Figures exact(UUID scope) {
        return new Figures() {
            @Override
            public Map<Metric, Long> totals() {
                return counters.totals(scope);
            }

            @Override
            public Breakdown breakdown(Metric metric, Dimension by) {
                return new Breakdown(cells(counters.cells(scope, metric, by)), false);
            }

            @Override
            public boolean isWithheld(Metric metric) {
                return false;
            }
        };
    }

    static List<Cell> cells(List<CounterRepository.Cell> counted) {
        return counted.stream().map(c -> new Cell(c.value(), c.count(), null)).toList();
    }

    public CampaignTotals totals(UUID campaignId, ZoneId zone) {
        CampaignView campaign = campaign(campaignId);
        return totals(campaign, figures(campaignId).totals(), zone);
    }

    /** Totals and goal progress; the goal counts the campaign's ACTIONS (unknown when withheld: null). */
    public static CampaignTotals totals(CampaignView campaign, Map<Metric, Long> totals, ZoneId zone) {
        Long count = totals.get(Metric.ACTIONS);
        int goal = campaign.goal();
        Long remaining = count == null ? null : Math.max(0, goal - count);
        BigDecimal percent = goal <= 0 || count == null ? null
                : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(goal), 1, RoundingMode.DOWN);
        Integer daysLeft = null;
        Long pace = null;
        // A closed campaign asks nothing more of anyone: no days left, no pace.
        if (campaign.endsOn() != null && campaign.open()) {
            LocalDate today = LocalDate.now(zone);
            LocalDate first = campaign.startsOn() != null && campaign.startsOn().isAfter(today) ? campaign.startsOn()
                    : today;
            daysLeft = (int) Math.max(0, ChronoUnit.DAYS.between(first, campaign.endsOn()) + 1);
            pace = remaining == null ? null : remaining == 0 ? 0L : daysLeft > 0
                    ? (remaining + daysLeft - 1) / daysLeft : null;
        }
        return new CampaignTotals(campaign, totals, new Goal(Metric.ACTIONS, count, goal, percent, remaining,
                daysLeft, pace), Instant.now());
    }

    public Breakdown breakdown(UUID campaignId, Metric metric, Dimension by) {
        campaign(campaignId);
        return figures(campaignId).breakdown(metric, by);
    }

    /** A breakdown of everything counted, in campaigns or not. */
    public Breakdown overallBreakdown(Metric metric, Dimension by) {
        return figures(CounterRepository.ALL).breakdown(metric, by);
    }

    /** Chapters by a metric, largest first; chapters whose counts are hidden are listed unranked after them. */
    public Leaderboard leaderboard(UUID campaignId, Metric metric, int limit) {
        List<Ranked> board = new ArrayList<>();
        int rank = 0;
        long previous = Long.MIN_VALUE;
        int position = 0;
        Breakdown chapters = breakdown(campaignId, metric, Dimension.CHAPTER);
        for (Cell c : chapters.cells()) {
            if (board.size() == limit) {
                break;
            }
            position++;
            if (c.count() == null) {
                board.add(new Ranked(null, c.value(), null, c.fewerThan()));
                continue;
            }
            if (c.count() != previous) {
                rank = position;
                previous = c.count();
            }
            board.add(new Ranked(rank, c.value(), c.count(), null));
        }
        return new Leaderboard(board, chapters.withheld());
    }

    public Series series(UUID campaignId, Metric metric, Interval interval, ZoneId zone, LocalDate from,
            LocalDate to) {
        return series(campaignId, figures(campaignId), metric, interval, zone, from, to);
    }

    /**
     * Counts per day or week (weeks start on Monday) in the given time zone, every period present; none for a metric
     * withheld from the caller (its points add up to its total).
     */
    public Series series(UUID campaignId, Figures figures, Metric metric, Interval interval, ZoneId zone,
            LocalDate from, LocalDate to) {
        CampaignView campaign = campaign(campaignId);
        LocalDate today = LocalDate.now(zone);
        LocalDate end = to != null ? to : campaign.endsOn() != null && campaign.endsOn().isBefore(today)
                ? campaign.endsOn() : today;
        LocalDate start = from != null ? from : campaign.startsOn() != null && !campaign.startsOn().isAfter(end)
                ? campaign.startsOn() : end.minusDays(29);
        if (start.isAfter(end)) {
            throw QueryParams.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_SERIES_DAYS) {
            throw QueryParams.invalid("from", "a series spans at most " + MAX_SERIES_DAYS + " days");
        }
        if (figures.isWithheld(metric)) {
            return new Series(List.of(), true);
        }
        Map<LocalDate, Long> points = new LinkedHashMap<>();
        for (LocalDate d = periodStart(start, interval); !d.isAfter(end); d = next(d, interval)) {
            points.put(d, 0L);
        }
        Instant fromInstant = start.atStartOfDay(zone).toInstant();
        Instant toInstant = end.plusDays(1).atStartOfDay(zone).toInstant();
        for (CounterRepository.Hour h : counters.hours(campaignId, metric, fromInstant, toInstant)) {
            LocalDate day = LocalDate.ofInstant(h.hour(), zone);
            points.merge(periodStart(day, interval), h.count(), Long::sum);
        }
        List<Point> out = new ArrayList<>(points.size());
        points.forEach((d, n) -> out.add(new Point(d, n)));
        return new Series(out, false);
    }

    private static LocalDate periodStart(LocalDate day, Interval interval) {
        return interval == Interval.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    private static LocalDate next(LocalDate d, Interval interval) {
        return interval == Interval.WEEK ? d.plusWeeks(1) : d.plusDays(1);
    }

    /** Everything counted, in or outside campaigns, as the caller may see it. */
    public Map<Metric, Long> overall() {
        return figures(CounterRepository.ALL).totals();
    }

    /**
     * Staff (headquarters, a chapter's coordinator) and dashboard keys see small cells exactly; the public, volunteers
     * and a coordinator of no chapter do not.
     */
    public boolean seesExactNumbers() {
        return caller.isStaff() || caller.is(Roles.DASHBOARD);
    }
}
