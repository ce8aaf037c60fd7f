package org.lettersofhope.tally.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.tally.domain.CounterRepository;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;

/**
 * The one way public figures leave tally-service: every read by the public (totals, breakdowns, series, leaderboard,
 * CSV, the live stream, the overall and volunteer tallies) goes through here, so that they all follow one
 * suppression pattern per scope ({@link Disclosure}) and no figure can be combined with another to work out a
 * hidden cell. The pattern is worked out once per change of a scope's counters, from one consistent read of its
 * totals and chapter and region cells, and kept with those figures: a change since is seen by a one-row check.
 */
@ApplicationScoped
public class DisclosureControl {

    /** A scope's figures as the public sees them, and the exact ones they were made from. */
    record View(Instant version, Map<Metric, Long> totals, Map<Dimension, Map<Metric, Map<String, Long>>> cells,
            Disclosure.Pattern pattern, Map<Metric, Long> publicTotals) {
    }

    private static final int MAX_CACHED = 10_000;

    @Inject
    CounterRepository counters;

    @Inject
    TallyConfig config;

    private final Map<UUID, View> views = new ConcurrentHashMap<>();

    /** Every metric's total as the public sees it: null for a metric withheld from the public. */
    public Map<Metric, Long> publicTotals(UUID scope) {
        return view(scope).publicTotals();
    }

    /** A scope's figures as the public sees them, all from one view of its counters. */
    public TallyQueries.Figures figures(UUID scope) {
        View view = view(scope);
        return new TallyQueries.Figures() {
            @Override
            public Map<Metric, Long> totals() {
                return view.publicTotals();
            }

            @Override
            public TallyQueries.Breakdown breakdown(Metric metric, Dimension by) {
                if (view.pattern().isWithheld(metric)) {
                    return new TallyQueries.Breakdown(List.of(), true);
                }
                if (!Disclosure.SENSITIVE.contains(by)) {
                    // Targets, actions and sources point at no one; they add up to the (published) total.
                    return new TallyQueries.Breakdown(TallyQueries.cells(counters.cells(scope, metric, by)), false);
                }
                return new TallyQueries.Breakdown(cells(view, metric, by), false);
            }

            @Override
            public boolean isWithheld(Metric metric) {
                return view.pattern().isWithheld(metric);
            }
        };
    }

    /**
     * A chapter or region breakdown as the public sees it, largest first: small cells as "fewer than" the threshold,
     * complementary ones without a count, both last in key order (so that their place tells nothing of their size).
     */
    private List<TallyQueries.Cell> cells(View view, Metric metric, Dimension by) {
        int threshold = config.smallCellThreshold();
        List<Map.Entry<String, Long>> counted = new ArrayList<>(view.cells().getOrDefault(by, Map.of())
                .getOrDefault(metric, Map.of()).entrySet());
        counted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<TallyQueries.Cell> shown = new ArrayList<>();
        List<TallyQueries.Cell> hidden = new ArrayList<>();
        for (Map.Entry<String, Long> c : counted) {
            Disclosure.Hidden h = view.pattern().hidden(by, metric, c.getKey());
            if (h == null) {
                shown.add(new TallyQueries.Cell(c.getKey(), c.getValue(), null));
            } else {
                hidden.add(new TallyQueries.Cell(c.getKey(), null, h == Disclosure.Hidden.SMALL ? threshold : null));
            }
        }
        hidden.sort((a, b) -> a.value().compareTo(b.value()));
        shown.addAll(hidden);
        return shown;
    }

    View view(UUID scope) {
        View cached = views.get(scope);
        if (cached != null && Objects.equals(cached.version(), counters.version(scope))) {
            return cached;
        }
        CounterRepository.Snapshot s = counters.snapshot(scope);
        Disclosure.Pattern pattern = Disclosure.protect(config.smallCellThreshold(), s.totals(), s.cells());
        Map<Metric, Long> publicTotals = new EnumMap<>(Metric.class);
        s.totals().forEach((m, n) -> publicTotals.put(m, pattern.isWithheld(m) ? null : n));
        View view = new View(s.version(), s.totals(), s.cells(), pattern, Collections.unmodifiableMap(publicTotals));
        if (views.size() > MAX_CACHED) {
            views.clear();
        }
        views.put(scope, view);
        return view;
    }
}
