package org.lettersofhope.tally.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;

/**
 * The suppression pattern against an attacker who knows every published figure and tries every whole-number
 * completion of the hidden cells: no small cell may be narrowed below "1 to 4". A pure unit test of the algorithm;
 * the end-to-end attack on the running service is {@code SubtractionAttackTest}.
 */
public class DisclosureTest {

    static final int T = 5;
    static final int ROUNDS = Integer.getInteger("disclosure.rounds", 500);

    /** One scope's exact figures: totals and the cells of one dimension (chapter, unless told). */
    public static final class Figures {
        final Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        final Map<Metric, Map<String, Long>> chapters = new EnumMap<>(Metric.class);
        Dimension dimension = Dimension.CHAPTER;

        public Figures() {
        }

        /** Exact totals and the exact cells of one dimension, as insiders read them. */
        public Figures(Dimension dimension, Map<Metric, Long> totals, Map<Metric, Map<String, Long>> cells) {
            this.dimension = dimension;
            this.totals.putAll(totals);
            cells.forEach((m, byKey) -> {
                if (!byKey.isEmpty()) {
                    chapters.put(m, new TreeMap<>(byKey));
                }
            });
        }

        Figures cell(Metric m, String key, long n) {
            chapters.computeIfAbsent(m, x -> new TreeMap<>()).put(key, n);
            totals.merge(m, n, Long::sum);
            return this;
        }

        /** Counted without a chapter. */
        Figures unattributed(Metric m, long n) {
            totals.merge(m, n, Long::sum);
            return this;
        }

        Disclosure.Pattern protect() {
            return Disclosure.protect(T, totals, Map.of(Dimension.CHAPTER, chapters));
        }
    }

    @Test
    void theIssuesSubtractionNoLongerWorks() {
        // total 33, US-CA 29 beside a suppressed US-NY: 33 - 29 = 4 no more.
        Figures f = new Figures().cell(Metric.VOLUNTEERS_REGISTERED, "US-CA", 29)
                .cell(Metric.VOLUNTEERS_REGISTERED, "US-NY", 4);
        Disclosure.Pattern p = f.protect();
        assertEquals(Disclosure.Hidden.SMALL, p.hidden(Dimension.CHAPTER, Metric.VOLUNTEERS_REGISTERED, "US-NY"));
        assertEquals(Disclosure.Hidden.COMPLEMENTARY, p.hidden(Dimension.CHAPTER, Metric.VOLUNTEERS_REGISTERED,
                "US-CA"));
        assertFalse(p.isWithheld(Metric.VOLUNTEERS_REGISTERED), "the total stays published");
        attack(f, p);
    }

    @Test
    void theNextSmallestCellIsHiddenAndTheLargerOnesStay() {
        Figures f = new Figures().cell(Metric.ACTIONS, "a", 2).cell(Metric.ACTIONS, "b", 9)
                .cell(Metric.ACTIONS, "c", 40).cell(Metric.ACTIONS, "d", 12);
        Disclosure.Pattern p = f.protect();
        assertEquals(Disclosure.Hidden.COMPLEMENTARY, p.hidden(Dimension.CHAPTER, Metric.ACTIONS, "b"));
        assertNull(p.hidden(Dimension.CHAPTER, Metric.ACTIONS, "c"));
        assertNull(p.hidden(Dimension.CHAPTER, Metric.ACTIONS, "d"));
        attack(f, p);
    }

    @Test
    void aComplementEqualToTheThresholdIsNotEnoughOnItsOwn() {
        // 1 beside a hidden 5: sum 6, the complement at least 5, so the small one would be 1.
        Figures f = new Figures().cell(Metric.ACTIONS, "a", 1).cell(Metric.ACTIONS, "b", 5)
                .cell(Metric.ACTIONS, "c", 30);
        attack(f, f.protect());
    }

    @Test
    void unattributedCountsProtectASmallCellWithoutAComplement() {
        Figures f = new Figures().cell(Metric.ACTIONS, "a", 2).cell(Metric.ACTIONS, "b", 30)
                .unattributed(Metric.ACTIONS, 400);
        Disclosure.Pattern p = f.protect();
        assertNull(p.hidden(Dimension.CHAPTER, Metric.ACTIONS, "b"), "nothing to protect it from");
        attack(f, p);
    }

    @Test
    void aMetricWhoseTotalIsItsOnlySmallCellIsWithheld() {
        Figures f = new Figures().cell(Metric.EVENTS_HELD, "a", 1).cell(Metric.ACTIONS, "a", 20);
        Disclosure.Pattern p = f.protect();
        assertTrue(p.isWithheld(Metric.EVENTS_HELD));
        assertFalse(p.isWithheld(Metric.ACTIONS));
        Figures tiny = new Figures().cell(Metric.ACTIONS, "a", 1).cell(Metric.ACTIONS, "b", 5);
        assertTrue(tiny.protect().isWithheld(Metric.ACTIONS), "1 + 5 = 6 cannot be protected by hiding");
    }

    @Test
    void aSmallPartOfActionsCannotBeWorkedOutFromTheChaptersActions() {
        // ACTIONS(a) = event letters(a) + event postcards(a), nothing else counted: 12 - 9 would be 3.
        Figures f = new Figures().cell(Metric.ACTIONS, "a", 12).cell(Metric.EVENT_LETTERS_WRITTEN, "a", 3)
                .cell(Metric.EVENT_POSTCARDS_WRITTEN, "a", 9).cell(Metric.ACTIONS, "b", 30)
                .cell(Metric.EVENT_LETTERS_WRITTEN, "b", 20).cell(Metric.EVENT_POSTCARDS_WRITTEN, "b", 10)
                .cell(Metric.ACTIONS, "c", 14).cell(Metric.EVENT_LETTERS_WRITTEN, "c", 7)
                .cell(Metric.EVENT_POSTCARDS_WRITTEN, "c", 7);
        attack(f, f.protect());
    }

    @Test
    void randomSmallTablesResistAnAttackerWhoTriesEveryCompletion() {
        Random random = new Random(20261201);
        Metric[] parts = Disclosure.PARTS_OF_ACTIONS.toArray(Metric[]::new);
        for (int round = 0; round < ROUNDS; round++) {
            Figures f = new Figures();
            int chapters = 1 + random.nextInt(4);
            boolean linked = random.nextBoolean();
            for (int c = 0; c < chapters; c++) {
                String key = "ch" + c;
                if (linked) {
                    long actions = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
                    for (Metric part : parts) {
                        long n = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 4 : 8);
                        if (n > 0) {
                            f.cell(part, key, n);
                            actions += n;
                        }
                    }
                    if (actions > 0) {
                        f.cell(Metric.ACTIONS, key, actions);
                    }
                } else {
                    f.cell(Metric.VOLUNTEERS_REGISTERED, key, 1 + random.nextInt(random.nextBoolean() ? 4 : 14));
                }
            }
            if (random.nextInt(4) == 0) {
                f.unattributed(linked ? Metric.ACTIONS : Metric.VOLUNTEERS_REGISTERED, random.nextInt(3));
            }
            try {
                attack(f, f.protect());
            } catch (AssertionError e) {
                fail("round " + round + ": " + f.chapters + " totals " + f.totals + ": " + e.getMessage());
            }
        }
    }

    /**
     * The attacker: is there a whole-number completion of the hidden cells that agrees with every published figure
     * (totals, shown cells, "fewer than 5", hidden complements at least 5, what is zero) and with ACTIONS of a
     * chapter being at least its parts (exactly them when nothing else was counted), with a small cell set to v?
     * Each small cell must be possible at every value from 1 to 4 — except what the labels alone say (the parts of a
     * chapter's ACTIONS shown as fewer than 5 are fewer than 5 together). Searched exhaustively (bounds narrowed,
     * then split), so it finds whatever any combination of the figures allows.
     */
    public static void attack(Figures f, Disclosure.Pattern p) {
        Attacker a = new Attacker(f, p);
        for (int i = 0; i < a.ids.size(); i++) {
            String[] mk = a.ids.get(i).split("/");
            Long actual = f.chapters.getOrDefault(Metric.valueOf(mk[0]), Map.of()).get(mk[1]);
            if (actual == null || actual >= T) {
                continue;
            }
            // "Fewer than 5" on a chapter's ACTIONS says its parts are fewer than 5 together: that much is known.
            long from = 1;
            long to = T - 1;
            Metric metric = Metric.valueOf(mk[0]);
            long actions = f.chapters.getOrDefault(Metric.ACTIONS, Map.of()).getOrDefault(mk[1], 0L);
            boolean family = metric == Metric.ACTIONS || Disclosure.PARTS_OF_ACTIONS.contains(metric);
            if (family && !p.isWithheld(metric) && !p.isWithheld(Metric.ACTIONS) && actions > 0 && actions < T) {
                long others = Disclosure.PARTS_OF_ACTIONS.stream().filter(m -> m != metric && !p.isWithheld(m)
                        && f.chapters.getOrDefault(m, Map.of()).getOrDefault(mk[1], 0L) > 0).count();
                if (metric == Metric.ACTIONS) {
                    from = Math.max(1, others);
                } else {
                    to = Math.max(1, T - 1 - others);
                }
            }
            for (long v = from; v <= to; v++) {
                long[] lo = a.lo.clone();
                long[] hi = a.hi.clone();
                lo[i] = v;
                hi[i] = v;
                assertTrue(a.feasible(lo, hi), a.ids.get(i) + " (" + actual + ") can be told not to be " + v
                        + " (pattern " + p + ")");
            }
        }
    }

    static final class Attacker {
        enum Op { EQ, LE, GE }

        /** sum(coefficients * unknowns) op value. */
        record Constraint(int[] vars, int[] coefficients, Op op, long value) {
        }

        final List<String> ids = new ArrayList<>();
        long[] lo;
        long[] hi;
        final List<Constraint> constraints = new ArrayList<>();

        Attacker(Figures f, Disclosure.Pattern p) {
            List<Metric> metrics = new ArrayList<>(f.chapters.keySet());
            if (f.chapters.containsKey(Metric.ACTIONS)) {
                for (Metric m : Disclosure.PARTS_OF_ACTIONS) {
                    if (!metrics.contains(m)) {
                        metrics.add(m);
                    }
                }
            }
            Set<String> keys = new TreeSet<>();
            f.chapters.values().forEach(m -> keys.addAll(m.keySet()));
            Map<String, Integer> index = new HashMap<>();
            Map<String, Long> known = new HashMap<>();
            List<long[]> bounds = new ArrayList<>();
            long cap = f.totals.values().stream().mapToLong(Long::longValue).sum() + T;
            for (Metric m : metrics) {
                Map<String, Long> cells = f.chapters.getOrDefault(m, Map.of());
                long total = f.totals.getOrDefault(m, 0L);
                for (String k : keys) {
                    Long n = cells.get(k);
                    Disclosure.Hidden h = n == null ? null : p.hidden(f.dimension, m, k);
                    long[] b = p.isWithheld(m) ? new long[] { 0, cap } : h == Disclosure.Hidden.SMALL
                            ? new long[] { 1, T - 1 } : h == Disclosure.Hidden.COMPLEMENTARY
                                    ? new long[] { T, Math.max(T, total) } : null;
                    if (b == null) {
                        known.put(m + "/" + k, n == null ? 0 : n);
                    } else {
                        index.put(m + "/" + k, ids.size());
                        ids.add(m + "/" + k);
                        bounds.add(b);
                    }
                }
                if (!p.isWithheld(m)) {
                    long rest = total - cells.values().stream().mapToLong(Long::longValue).sum();
                    List<Integer> vars = new ArrayList<>();
                    long value = total;
                    for (String k : keys) {
                        Integer v = index.get(m + "/" + k);
                        if (v != null) {
                            vars.add(v);
                        } else {
                            value -= known.get(m + "/" + k);
                        }
                    }
                    add(vars, null, rest == 0 ? Op.EQ : Op.LE, value);
                }
            }
            if (metrics.contains(Metric.ACTIONS)) {
                for (String k : keys) {
                    List<Integer> vars = new ArrayList<>();
                    List<Integer> signs = new ArrayList<>();
                    long value = 0;
                    long rest = 0;
                    for (Metric m : metrics) {
                        if (m != Metric.ACTIONS && !Disclosure.PARTS_OF_ACTIONS.contains(m)) {
                            continue;
                        }
                        int sign = m == Metric.ACTIONS ? 1 : -1;
                        rest += sign * f.chapters.getOrDefault(m, Map.of()).getOrDefault(k, 0L);
                        Integer v = index.get(m + "/" + k);
                        if (v != null) {
                            vars.add(v);
                            signs.add(sign);
                        } else {
                            value -= sign * known.get(m + "/" + k);
                        }
                    }
                    add(vars, signs, rest == 0 ? Op.EQ : Op.GE, value);
                }
            }
            lo = bounds.stream().mapToLong(b -> b[0]).toArray();
            hi = bounds.stream().mapToLong(b -> b[1]).toArray();
        }

        private void add(List<Integer> vars, List<Integer> signs, Op op, long value) {
            int[] v = vars.stream().mapToInt(Integer::intValue).toArray();
            int[] c = signs == null ? v.clone() : signs.stream().mapToInt(Integer::intValue).toArray();
            if (signs == null) {
                java.util.Arrays.fill(c, 1);
            }
            constraints.add(new Constraint(v, c, op, value));
        }

        boolean feasible(long[] lo, long[] hi) {
            if (!narrow(lo, hi)) {
                return false;
            }
            int split = -1;
            for (int i = 0; i < lo.length; i++) {
                if (lo[i] < hi[i] && (split < 0 || hi[i] - lo[i] < hi[split] - lo[split])) {
                    split = i;
                }
            }
            if (split < 0) {
                return true; // every unknown fixed, every constraint holds
            }
            long mid = (lo[split] + hi[split]) / 2;
            long[] lo2 = lo.clone();
            long[] hi2 = hi.clone();
            hi2[split] = mid;
            if (feasible(lo2, hi2)) {
                return true;
            }
            lo2 = lo.clone();
            hi2 = hi.clone();
            lo2[split] = mid + 1;
            return feasible(lo2, hi2);
        }

        /** Narrows the bounds by every constraint until nothing changes; false if they cannot all hold. */
        private boolean narrow(long[] lo, long[] hi) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Constraint k : constraints) {
                    long min = 0;
                    long max = 0;
                    for (int i = 0; i < k.vars().length; i++) {
                        int v = k.vars()[i];
                        min += k.coefficients()[i] > 0 ? lo[v] : -hi[v];
                        max += k.coefficients()[i] > 0 ? hi[v] : -lo[v];
                    }
                    if ((k.op() != Op.GE && min > k.value()) || (k.op() != Op.LE && max < k.value())) {
                        return false;
                    }
                    for (int i = 0; i < k.vars().length; i++) {
                        int v = k.vars()[i];
                        long ownMin = k.coefficients()[i] > 0 ? lo[v] : -hi[v];
                        long ownMax = k.coefficients()[i] > 0 ? hi[v] : -lo[v];
                        // coefficient * x within [value - (max - ownMax), value - (min - ownMin)] as the op allows
                        long upper = k.op() == Op.GE ? Long.MAX_VALUE / 4 : k.value() - (min - ownMin);
                        long lower = k.op() == Op.LE ? -Long.MAX_VALUE / 4 : k.value() - (max - ownMax);
                        long newLo = k.coefficients()[i] > 0 ? lower : -upper;
                        long newHi = k.coefficients()[i] > 0 ? upper : -lower;
                        if (newLo > lo[v]) {
                            lo[v] = newLo;
                            changed = true;
                        }
                        if (newHi < hi[v]) {
                            hi[v] = newHi;
                            changed = true;
                        }
                        if (lo[v] > hi[v]) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }
}
