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
 * Reads tallies from the counters. The public sees chapter and region cells below the small-cell threshold as
 * "fewer than" it; coordinators, admins and dashboard keys see exact numbers. Totals are always exact.
 */
@ApplicationScoped
public class TallyQueries {

    /** The longest series one request may ask for. */
    public static final int MAX_SERIES_DAYS = 732;

    public enum Interval {
        DAY, WEEK
    }

    public record Goal(Metric metric, long count, int goal, BigDecimal percent, long remaining, Integer daysLeft,
            Long pacePerDay) {
    }

    public record CampaignTotals(CampaignView campaign, Map<Metric, Long> totals, Goal goal, Instant asOf) {
    }

    /** A cell; {@code count} null and {@code fewerThan} set when it is too small to show this caller. */
    public record Cell(String value, Long count, Integer fewerThan) {
    }

    public record Point(LocalDate start, long count) {
    }

    public record Ranked(Integer rank, String chapterId, Long count, Integer fewerThan) {
    }

    @Inject
    Directory directory;

    @Inject
    CounterRepository counters;

    @Inject
    TallyConfig config;

    @Inject
    Caller caller;

    public CampaignView campaign(UUID campaignId) {
        return directory.campaign(campaignId).orElseThrow(() -> Refusals.unknownCampaign(campaignId));
    }

    public CampaignTotals totals(UUID campaignId, ZoneId zone) {
        CampaignView campaign = campaign(campaignId);
        return totals(campaign, counters.totals(campaignId), zone);
    }

    /** Totals and goal progress; the goal counts the campaign's ACTIONS. */
    public static CampaignTotals totals(CampaignView campaign, Map<Metric, Long> totals, ZoneId zone) {
        long count = totals.getOrDefault(Metric.ACTIONS, 0L);
        int goal = campaign.goal();
        long remaining = Math.max(0, goal - count);
        BigDecimal percent = goal <= 0 ? null
                : BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(goal), 1, RoundingMode.DOWN);
        Integer daysLeft = null;
        Long pace = null;
        if (campaign.endsOn() != null) {
            LocalDate today = LocalDate.now(zone);
            LocalDate first = campaign.startsOn() != null && campaign.startsOn().isAfter(today) ? campaign.startsOn()
                    : today;
            daysLeft = (int) Math.max(0, ChronoUnit.DAYS.between(first, campaign.endsOn()) + 1);
            pace = remaining == 0 ? 0L : daysLeft > 0 ? (remaining + daysLeft - 1) / daysLeft : null;
        }
        return new CampaignTotals(campaign, totals, new Goal(Metric.ACTIONS, count, goal, percent, remaining,
                daysLeft, pace), Instant.now());
    }

    public List<Cell> breakdown(UUID campaignId, Metric metric, Dimension by) {
        campaign(campaignId);
        return visible(counters.cells(campaignId, metric, by), by);
    }

    /** A breakdown of everything counted, in campaigns or not. */
    public List<Cell> overallBreakdown(Metric metric, Dimension by) {
        return visible(counters.cells(CounterRepository.ALL, metric, by), by);
    }

    /** Hides small chapter and region cells from callers who may not see them exactly. */
    private List<Cell> visible(List<CounterRepository.Cell> counted, Dimension by) {
        boolean exact = seesExactNumbers() || !by.isSmallCellSensitive();
        int threshold = config.smallCellThreshold();
        List<Cell> cells = new ArrayList<>();
        List<Cell> hidden = new ArrayList<>();
        for (CounterRepository.Cell c : counted) {
            if (exact || c.count() >= threshold) {
                cells.add(new Cell(c.value(), c.count(), null));
            } else {
                hidden.add(new Cell(c.value(), null, threshold));
            }
        }
        // Hidden cells come last in the order of their keys, so that their order tells nothing of their size.
        hidden.sort((a, b) -> a.value().compareTo(b.value()));
        cells.addAll(hidden);
        return cells;
    }

    /** Chapters by a metric, largest first; chapters too small to show are listed unranked after them. */
    public List<Ranked> leaderboard(UUID campaignId, Metric metric, int limit) {
        List<Ranked> board = new ArrayList<>();
        int rank = 0;
        long previous = Long.MIN_VALUE;
        int position = 0;
        for (Cell c : breakdown(campaignId, metric, Dimension.CHAPTER)) {
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
        return board;
    }

    /** Counts per day or week (weeks start on Monday) in the given time zone, every period present. */
    public List<Point> series(UUID campaignId, Metric metric, Interval interval, ZoneId zone, LocalDate from,
            LocalDate to) {
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
        return out;
    }

    private static LocalDate periodStart(LocalDate day, Interval interval) {
        return interval == Interval.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
    }

    private static LocalDate next(LocalDate d, Interval interval) {
        return interval == Interval.WEEK ? d.plusWeeks(1) : d.plusDays(1);
    }

    /** Everything counted, in or outside campaigns. */
    public Map<Metric, Long> overall() {
        return counters.totals(CounterRepository.ALL);
    }

    /**
     * Staff (headquarters, a chapter's coordinator) and dashboard keys see small cells exactly; the public, volunteers
     * and a coordinator of no chapter do not.
     */
    public boolean seesExactNumbers() {
        return caller.isStaff() || caller.is(Roles.DASHBOARD);
    }
}
