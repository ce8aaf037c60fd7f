package org.lettersofhope.tally.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;

/**
 * Statistical disclosure control of public figures: primary and complementary (secondary) cell suppression of
 * chapter and region cells, checked by auditing what subtraction can recover. Pure: figures in, pattern out.
 *
 * <p>A chapter or region cell below the threshold {@code t} is <em>small</em>: the public sees it as "fewer than t".
 * The public also sees every metric's exact total and every other cell, so an attacker can subtract. The audit
 * plays that attacker: it knows every published figure and these relations between them —
 * <ul>
 * <li>each breakdown adds up to its metric's total, apart from what names no chapter (region): that remainder is
 * assumed known when it is zero (everything may be known to name a chapter) and only known to be at least zero
 * otherwise;</li>
 * <li>a chapter's (region's) ACTIONS count at least its event letters, event postcards and advocacy pieces
 * ({@link #PARTS_OF_ACTIONS}): the difference is known when zero, otherwise only known to be at least zero;</li>
 * <li>a small cell lies in 1…t−1, a complementary one (hidden without "fewer than") is at least t, a cell of a
 * withheld metric is at least 0;</li>
 * </ul>
 * and asks, for every small cell, whether the figures allow it to be 1 and to be t−1 (whole numbers). Each hidden
 * cell is in at most two of these relations, one of each kind, so they form a network (their matrix is totally
 * unimodular): every value between those two is then possible too, and each question is exactly a flow question —
 * the true figures are a feasible flow, and another value is possible exactly when the difference can go round a
 * cycle through the cell in the residual network. A small cell is protected when it can be anything from 1 to t−1
 * (less what the labels themselves say: the parts of a chapter's ACTIONS shown as fewer than t are fewer than t
 * together): the figures tell nothing about it beyond "fewer than t". While one is not, another cell is hidden
 * (complementary suppression): of the published cells that cross the cut where the search for its other values
 * stopped — only those can let more through — the smallest that protects it alone, else the smallest, and look
 * again; usually the next smallest cell of its breakdown. When no published cell crosses that cut, the metric is
 * withheld from the public altogether (total, breakdowns, series) — that happens only when the metric is so small
 * that its total itself would give a small cell away, e.g. one chapter with 3. Hiding more never makes a protected
 * cell unprotected, so only the unprotected ones are looked at again.
 */
public final class Disclosure {

    /** Counted as parts of ACTIONS for the same chapter or region (ACTIONS counts them, and more). */
    public static final Set<Metric> PARTS_OF_ACTIONS = Collections.unmodifiableSet(EnumSet.of(
            Metric.EVENT_LETTERS_WRITTEN, Metric.EVENT_POSTCARDS_WRITTEN, Metric.ADVOCACY_PIECES_LOGGED));

    /** The breakdowns that can point at people. */
    public static final Set<Dimension> SENSITIVE = Collections.unmodifiableSet(EnumSet.copyOf(
            java.util.Arrays.stream(Dimension.values()).filter(Dimension::isSmallCellSensitive).toList()));

    private static final Set<Metric> ACTIONS_FAMILY;

    static {
        EnumSet<Metric> family = EnumSet.copyOf(PARTS_OF_ACTIONS);
        family.add(Metric.ACTIONS);
        ACTIONS_FAMILY = Collections.unmodifiableSet(family);
    }

    private static final long INF = Long.MAX_VALUE / 4;

    /** How a cell is hidden from the public. */
    public enum Hidden {
        /** Below the threshold: shown as "fewer than" it. */
        SMALL,
        /** At or above the threshold, hidden so that a small cell cannot be worked out: shown with no count. */
        COMPLEMENTARY
    }

    /** What the public may see of one scope: which metrics are withheld, which cells hidden and how. */
    public record Pattern(Set<Metric> withheld, Map<Dimension, Map<Metric, Map<String, Hidden>>> hidden) {

        public boolean isWithheld(Metric m) {
            return withheld.contains(m);
        }

        /** How this cell is hidden; null when it is shown. */
        public Hidden hidden(Dimension d, Metric m, String key) {
            return hidden.getOrDefault(d, Map.of()).getOrDefault(m, Map.of()).get(key);
        }
    }

    private Disclosure() {
    }

    /**
     * The suppression pattern for one scope: its metrics' totals and its chapter and region cells (positive counts;
     * other cells are not published at all).
     */
    public static Pattern protect(int threshold, Map<Metric, Long> totals,
            Map<Dimension, Map<Metric, Map<String, Long>>> cells) {
        Set<Metric> withheld = EnumSet.noneOf(Metric.class);
        Map<Dimension, Map<Metric, Map<String, Hidden>>> hidden = new EnumMap<>(Dimension.class);
        if (threshold <= 1) {
            return new Pattern(withheld, hidden);
        }
        int before;
        do {
            // Withholding a metric for one dimension removes its total, which the other may have relied on: again.
            before = withheld.size();
            for (Dimension d : SENSITIVE) {
                hidden.put(d, protect(threshold, totals, positive(cells.getOrDefault(d, Map.of())), withheld));
            }
        } while (withheld.size() != before);
        return new Pattern(Collections.unmodifiableSet(withheld), hidden);
    }

    private static Map<Metric, Map<String, Long>> positive(Map<Metric, Map<String, Long>> cells) {
        Map<Metric, Map<String, Long>> out = new EnumMap<>(Metric.class);
        cells.forEach((m, byKey) -> {
            Map<String, Long> kept = new TreeMap<>();
            byKey.forEach((k, n) -> {
                if (k != null && n != null && n > 0) {
                    kept.put(k, n);
                }
            });
            if (!kept.isEmpty()) {
                out.put(m, kept);
            }
        });
        return out;
    }

    private static Map<Metric, Map<String, Hidden>> protect(int t, Map<Metric, Long> totals,
            Map<Metric, Map<String, Long>> cells, Set<Metric> withheld) {
        Map<Metric, Map<String, Hidden>> hidden = new EnumMap<>(Metric.class);
        cells.forEach((m, byKey) -> byKey.forEach((k, n) -> {
            if (n < t) {
                hidden.computeIfAbsent(m, x -> new TreeMap<>()).put(k, Hidden.SMALL);
            }
        }));
        int cellCount = cells.values().stream().mapToInt(Map::size).sum();
        Audit audit = new Audit(t, totals, cells, hidden, withheld);
        java.util.ArrayDeque<String[]> unprotected = audit.unprotected();
        boolean fresh = true; // the audit knows everything hidden so far
        for (int step = 0; !unprotected.isEmpty() && step <= cellCount + 2 * Metric.values().length;) {
            String[] first = unprotected.peek();
            Metric m = Metric.valueOf(first[0]);
            if (!fresh) {
                audit = new Audit(t, totals, cells, hidden, withheld);
                fresh = true;
            }
            if (audit.isProtected(audit.indexOf(m, first[1]))) {
                unprotected.poll(); // protected by what was hidden for another
                continue;
            }
            step++;
            Audit.Const c = audit.complementFor(audit.indexOf(m, first[1]));
            if (c != null) {
                hidden.computeIfAbsent(c.metric(), x -> new TreeMap<>()).put(c.key(), Hidden.COMPLEMENTARY);
                fresh = false;
                continue;
            }
            if (!withheld.contains(m)) {
                withheld.add(m);
            } else if (ACTIONS_FAMILY.contains(m) && !withheld.containsAll(ACTIONS_FAMILY)) {
                withheld.addAll(ACTIONS_FAMILY);
            } else {
                break;
            }
            // Fewer parts shown say less about their siblings, who must then be able to take more values: all again.
            audit = new Audit(t, totals, cells, hidden, withheld);
            unprotected = audit.unprotected();
        }
        if (!unprotected.isEmpty()) {
            // Not reached for well-formed figures; if it is, publish nothing of this dimension's metrics.
            withheld.addAll(cells.keySet());
        }
        return hidden;
    }

    /**
     * The attacker's view of one dimension as a network. Each relation is a node (a breakdown's total, a chapter's
     * ACTIONS and its parts), plus a ground node; each hidden cell, and each unknown remainder, is an arc between the
     * relations it is in (or to the ground), with the bounds the attacker knows. The true figures are a feasible
     * flow; another completion that sets one cell to v differs from them by a circulation through that cell's arc, so
     * v is possible exactly when |v - actual| units can go round a cycle through it in the residual network.
     */
    static final class Audit {

        static final class Var {
            final Metric metric;
            final String key;
            final long lo;
            final long hi;
            final long actual;
            final boolean small;
            /** The values a small cell must be able to take: 1 to t-1, but for what its labels already say. */
            long needLo;
            long needHi;
            int from;
            int to;
            final List<Integer> relations = new ArrayList<>();

            Var(Metric metric, String key, long lo, long hi, long actual, boolean small) {
                this.metric = metric;
                this.key = key;
                this.lo = lo;
                this.hi = hi;
                this.actual = actual;
                this.small = small;
            }
        }

        /** A published cell in a relation: hiding it is a candidate complementary suppression. */
        record Const(Metric metric, String key, long count) {
        }

        final int t;
        final List<Var> vars = new ArrayList<>();
        private final Map<Metric, Map<String, Integer>> index = new EnumMap<>(Metric.class);
        private final Map<Metric, Integer> breakdownNode = new EnumMap<>(Metric.class);
        private final Map<String, Integer> partsNode = new HashMap<>();
        private final List<List<Const>> published = new ArrayList<>();
        private final List<List<Integer>> members = new ArrayList<>();
        private int ground;
        private int[][] incident;

        Audit(int t, Map<Metric, Long> totals, Map<Metric, Map<String, Long>> cells,
                Map<Metric, Map<String, Hidden>> hidden, Set<Metric> withheld) {
            this.t = t;
            Set<String> keys = new TreeSet<>();
            ACTIONS_FAMILY.forEach(m -> keys.addAll(cells.getOrDefault(m, Map.of()).keySet()));
            for (Metric m : cells.keySet()) {
                if (!withheld.contains(m)) {
                    breakdownNode.put(m, node());
                }
            }
            for (String key : keys) {
                partsNode.put(key, node());
            }
            ground = node();
            for (Map.Entry<Metric, Map<String, Long>> e : cells.entrySet()) {
                Metric m = e.getKey();
                boolean out = withheld.contains(m);
                long sum = 0;
                for (Map.Entry<String, Long> cell : e.getValue().entrySet()) {
                    long n = cell.getValue();
                    sum += n;
                    Hidden h = hidden.getOrDefault(m, Map.of()).get(cell.getKey());
                    if (out) {
                        cell(m, cell.getKey(), 0, INF, n, n < t);
                    } else if (h == Hidden.SMALL) {
                        cell(m, cell.getKey(), 1, t - 1, n, true);
                    } else if (h == Hidden.COMPLEMENTARY) {
                        cell(m, cell.getKey(), t, INF, n, false);
                    } else {
                        Const c = new Const(m, cell.getKey(), n);
                        published.get(breakdownNode.get(m)).add(c);
                        if (ACTIONS_FAMILY.contains(m)) {
                            published.get(partsNode.get(cell.getKey())).add(c);
                        }
                    }
                }
                if (!out) {
                    // What names no chapter: known if there is none, else only known not to be negative.
                    remainder(breakdownNode.get(m), m != Metric.ACTIONS && PARTS_OF_ACTIONS.contains(m),
                            totals.getOrDefault(m, 0L) - sum);
                }
            }
            for (String key : keys) {
                // A part of a withheld metric is not published: not known to be zero.
                for (Metric m : PARTS_OF_ACTIONS) {
                    if (withheld.contains(m) && !index.getOrDefault(m, Map.of()).containsKey(key)) {
                        cell(m, key, 0, INF, 0, false);
                    }
                }
                if (withheld.contains(Metric.ACTIONS)
                        && !index.getOrDefault(Metric.ACTIONS, Map.of()).containsKey(key)) {
                    cell(Metric.ACTIONS, key, 0, INF, 0, false);
                }
                // What ACTIONS counts beyond its published parts: ledger entries, logged pen-pal letters...
                long rest = 0;
                for (Metric m : ACTIONS_FAMILY) {
                    long n = cells.getOrDefault(m, Map.of()).getOrDefault(key, 0L);
                    rest += m == Metric.ACTIONS ? n : -n;
                }
                remainder(partsNode.get(key), false, rest);
            }
            incident = new int[members.size()][];
            for (int n = 0; n < members.size(); n++) {
                incident[n] = members.get(n).stream().mapToInt(Integer::intValue).toArray();
            }
            for (Var v : vars) {
                if (v.small) {
                    needed(v, cells, withheld);
                }
            }
        }

        private int node() {
            published.add(new ArrayList<>());
            members.add(new ArrayList<>());
            return members.size() - 1;
        }

        int indexOf(Metric m, String key) {
            return index.get(m).get(key);
        }

        /**
         * A hidden cell, as an arc oriented so that every relation is a node balance: from its breakdown to its
         * chapter's parts relation for ACTIONS, the other way for a part, to or from the ground when in one only.
         */
        private void cell(Metric m, String key, long lo, long hi, long actual, boolean small) {
            Var v = new Var(m, key, lo, hi, actual, small);
            Integer breakdown = breakdownNode.get(m);
            Integer parts = ACTIONS_FAMILY.contains(m) ? partsNode.get(key) : null;
            boolean part = PARTS_OF_ACTIONS.contains(m);
            int a = breakdown == null ? ground : breakdown;
            int b = parts == null ? ground : parts;
            v.from = part ? b : a;
            v.to = part ? a : b;
            add(v);
            index.computeIfAbsent(m, x -> new HashMap<>()).put(key, vars.size() - 1);
        }

        /** An unknown remainder of a relation, as an arc to (outgoing) or from the ground. */
        private void remainder(int relation, boolean incoming, long actual) {
            Var v = new Var(null, null, actual == 0 ? 0 : actual > 0 ? 0 : -INF, actual == 0 ? 0 : INF, actual,
                    false);
            v.from = incoming ? ground : relation;
            v.to = incoming ? relation : ground;
            add(v);
        }

        private void add(Var v) {
            vars.add(v);
            int i = vars.size() - 1;
            members.get(v.from).add(i);
            if (v.to != v.from) {
                members.get(v.to).add(i);
            }
            for (int n : new int[] { v.from, v.to }) {
                if (n != ground && !v.relations.contains(n)) {
                    v.relations.add(n);
                }
            }
        }

        /**
         * What the labels alone say, which no hiding can take back: the parts of a chapter's ACTIONS shown as fewer
         * than t are fewer than t together, so each is at most t-1 less the other parts shown; such ACTIONS are at
         * least the number of their parts shown.
         */
        private void needed(Var v, Map<Metric, Map<String, Long>> cells, Set<Metric> withheld) {
            v.needLo = 1;
            v.needHi = t - 1;
            if (!ACTIONS_FAMILY.contains(v.metric) || withheld.contains(v.metric)
                    || withheld.contains(Metric.ACTIONS)) {
                return;
            }
            long actions = cells.getOrDefault(Metric.ACTIONS, Map.of()).getOrDefault(v.key, 0L);
            if (actions <= 0 || actions >= t) {
                return;
            }
            int shownParts = 0;
            for (Metric part : PARTS_OF_ACTIONS) {
                if (part != v.metric && !withheld.contains(part)
                        && cells.getOrDefault(part, Map.of()).getOrDefault(v.key, 0L) > 0) {
                    shownParts++;
                }
            }
            if (v.metric == Metric.ACTIONS) {
                v.needLo = Math.max(1, shownParts);
            } else {
                v.needHi = Math.max(1, t - 1 - shownParts);
            }
        }

        /** The small cells the figures do not protect yet, in a fixed order. */
        java.util.ArrayDeque<String[]> unprotected() {
            java.util.ArrayDeque<String[]> out = new java.util.ArrayDeque<>();
            for (int i = 0; i < vars.size(); i++) {
                if (!isProtected(i)) {
                    out.add(new String[] { vars.get(i).metric.name(), vars.get(i).key });
                }
            }
            return out;
        }

        /** Whether the published figures allow this small cell every value it must be able to take. */
        boolean isProtected(int var) {
            return isProtected(var, null);
        }

        private boolean isProtected(int var, Var extra) {
            Var v = vars.get(var);
            return !v.small || (possible(var, v.needLo, extra, null) && possible(var, v.needHi, extra, null));
        }

        /**
         * Whether the cell can be {@code value} in some completion: |value - actual| units around a cycle through
         * its arc in the residual network of the true figures (at most t-2 augmenting paths, each a search).
         */
        private boolean possible(int var, long value, Var extra, boolean[] reached) {
            Var f = vars.get(var);
            long need = Math.abs(value - f.actual);
            if (need == 0) {
                return true;
            }
            if (value < f.lo || value > f.hi) {
                return false;
            }
            // More along the arc comes back from its head to its tail; less goes from its tail to its head.
            int source = value > f.actual ? f.to : f.from;
            int sink = value > f.actual ? f.from : f.to;
            long[] flow = new long[vars.size() + 1];
            for (int i = 0; i < vars.size(); i++) {
                flow[i] = vars.get(i).actual;
            }
            int extraIndex = vars.size();
            if (extra != null) {
                flow[extraIndex] = extra.actual;
            }
            int n = incident.length;
            int[] viaArc = new int[n];
            boolean[] forward = new boolean[n];
            int[] queue = new int[n];
            while (need > 0) {
                java.util.Arrays.fill(viaArc, -2);
                viaArc[source] = -1;
                int head = 0;
                int tail = 0;
                queue[tail++] = source;
                while (head < tail && viaArc[sink] == -2) {
                    int u = queue[head++];
                    int count = incident[u].length + (extra != null && (extra.from == u || extra.to == u) ? 1 : 0);
                    for (int j = 0; j < count; j++) {
                        int a = j < incident[u].length ? incident[u][j] : extraIndex;
                        if (a == var) {
                            continue;
                        }
                        Var arc = a == extraIndex ? extra : vars.get(a);
                        int w;
                        boolean ahead;
                        if (arc.from == u && residual(arc, flow[a], true) > 0) {
                            w = arc.to;
                            ahead = true;
                        } else if (arc.to == u && residual(arc, flow[a], false) > 0) {
                            w = arc.from;
                            ahead = false;
                        } else {
                            continue;
                        }
                        if (viaArc[w] == -2) {
                            viaArc[w] = a;
                            forward[w] = ahead;
                            queue[tail++] = w;
                        }
                    }
                }
                if (viaArc[sink] == -2) {
                    if (reached != null) {
                        for (int w = 0; w < n; w++) {
                            reached[w] = viaArc[w] != -2;
                        }
                    }
                    return false;
                }
                long push = need;
                for (int w = sink; w != source;) {
                    int a = viaArc[w];
                    Var arc = a == extraIndex ? extra : vars.get(a);
                    push = Math.min(push, residual(arc, flow[a], forward[w]));
                    w = forward[w] ? arc.from : arc.to;
                }
                for (int w = sink; w != source;) {
                    int a = viaArc[w];
                    Var arc = a == extraIndex ? extra : vars.get(a);
                    flow[a] += forward[w] ? push : -push;
                    w = forward[w] ? arc.from : arc.to;
                }
                need -= push;
            }
            return true;
        }

        private static long residual(Var arc, long flow, boolean ahead) {
            if (ahead) {
                return arc.hi >= INF ? INF : arc.hi - flow;
            }
            return arc.lo <= -INF ? INF : flow - arc.lo;
        }

        /**
         * The published cell to hide for a small one that is not protected. Where the search for another value of
         * it stopped, a cut separates what the attacker can still move from what it cannot; only a published cell
         * across that cut, once hidden, lets more through. Of those, the smallest that protects the cell alone, else
         * the smallest (it widens the cut; the caller looks again); null if no published cell crosses it.
         */
        Const complementFor(int failing) {
            Var f = vars.get(failing);
            long target = possible(failing, f.needLo, null, null) ? f.needHi : f.needLo;
            boolean[] reached = new boolean[incident.length];
            if (possible(failing, target, null, reached)) {
                return null; // protected after all
            }
            List<Var> across = new ArrayList<>();
            Set<Const> seen = new java.util.HashSet<>();
            for (List<Const> at : published) {
                for (Const c : at) {
                    if (!seen.add(c)) {
                        continue;
                    }
                    Var trial = hiddenAs(c);
                    boolean out = reached[trial.from] && !reached[trial.to];
                    boolean back = reached[trial.to] && !reached[trial.from] && c.count() > t;
                    if (out || back) {
                        across.add(trial);
                    }
                }
            }
            across.sort(Comparator.comparingLong((Var v) -> v.actual).thenComparing(v -> v.metric.ordinal())
                    .thenComparing(v -> v.key));
            for (int i = 0; i < Math.min(across.size(), 16); i++) {
                if (isProtected(failing, across.get(i))) {
                    return new Const(across.get(i).metric, across.get(i).key, across.get(i).actual);
                }
            }
            return across.isEmpty() ? null
                    : new Const(across.get(0).metric, across.get(0).key, across.get(0).actual);
        }

        /** A published cell as the arc it would be, hidden: at least t, at most anything. */
        private Var hiddenAs(Const c) {
            Var trial = new Var(c.metric(), c.key(), t, INF, c.count(), false);
            Integer breakdown = breakdownNode.get(c.metric());
            Integer parts = ACTIONS_FAMILY.contains(c.metric()) ? partsNode.get(c.key()) : null;
            int a = breakdown == null ? ground : breakdown;
            int b = parts == null ? ground : parts;
            boolean part = PARTS_OF_ACTIONS.contains(c.metric());
            trial.from = part ? b : a;
            trial.to = part ? a : b;
            return trial;
        }
    }
}
