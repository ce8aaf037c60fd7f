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
 * unimodular): every value between those two is then possible too, and each question is exactly a feasible-flow
 * problem, answered by a maximum flow. A small cell is protected when it can be anything from 1 to t−1: the figures
 * tell nothing about it beyond "fewer than t". While one is not, another cell is hidden (complementary suppression:
 * the smallest published cell that protects it, taken from the relations it is in and then from those of the
 * cells hidden with it; if none does so alone, the smallest of them, and look again); when no cell is left to
 * hide, the metric is withheld from the public altogether (total, breakdowns, series) — that happens only when the
 * metric is so small that its total itself would give a small cell away, e.g. one chapter with 3. Hiding more
 * never makes a protected cell unprotected, so only the unprotected ones are looked at again.
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
        List<String[]> unprotected = new ArrayList<>();
        for (int i = 0; i < audit.vars.size(); i++) {
            if (!audit.isProtected(i)) {
                unprotected.add(new String[] { audit.vars.get(i).metric.name(), audit.vars.get(i).key });
            }
        }
        for (int step = 0; !unprotected.isEmpty() && step <= cellCount + 2 * Metric.values().length; step++) {
            String[] first = unprotected.get(0);
            Metric m = Metric.valueOf(first[0]);
            Audit.Const c = audit.complementFor(audit.indexOf(m, first[1]), hidden, withheld, totals, cells);
            if (c != null) {
                hidden.computeIfAbsent(c.metric(), x -> new TreeMap<>()).put(c.key(), Hidden.COMPLEMENTARY);
            } else if (!withheld.contains(m)) {
                withheld.add(m);
            } else if (ACTIONS_FAMILY.contains(m) && !withheld.containsAll(ACTIONS_FAMILY)) {
                withheld.addAll(ACTIONS_FAMILY);
            } else {
                break;
            }
            audit = new Audit(t, totals, cells, hidden, withheld);
            List<String[]> still = new ArrayList<>();
            for (String[] u : unprotected) {
                if (!audit.isProtected(audit.indexOf(Metric.valueOf(u[0]), u[1]))) {
                    still.add(u);
                }
            }
            unprotected = still;
        }
        if (!unprotected.isEmpty()) {
            // Not reached for well-formed figures; if it is, publish nothing of this dimension's metrics.
            withheld.addAll(cells.keySet());
        }
        return hidden;
    }

    /**
     * The attacker's view of one dimension: every hidden cell (and every unknown remainder) a variable with the
     * bounds the attacker knows, every relation a sum with a known value. Whether a value of a cell is possible is a
     * feasible-flow problem on the network the relations form.
     */
    static final class Audit {

        static final class Var {
            final Metric metric;
            final String key;
            final long lo;
            final long hi;
            final boolean small;
            final List<Integer> relations = new ArrayList<>();
            /** The coefficient in each of {@link #relations}, in the same order. */
            final List<Integer> coefficients = new ArrayList<>();

            Var(Metric metric, String key, long lo, long hi, boolean small) {
                this.metric = metric;
                this.key = key;
                this.lo = lo;
                this.hi = hi;
                this.small = small;
            }
        }

        /** A published cell in a relation: hiding it is a candidate complementary suppression. */
        record Const(Metric metric, String key, long count) {
        }

        /** sum(coefficients[i] * vars[i]) == value. */
        record Relation(int[] vars, int[] coefficients, long value, List<Const> published) {
        }

        final int t;
        final List<Var> vars = new ArrayList<>();
        final List<Relation> relations = new ArrayList<>();
        private final Map<Metric, Map<String, Integer>> index = new EnumMap<>(Metric.class);
        /** Each relation's sign in the network (relations of one kind are negated so that every cell is an arc). */
        private int[] orientation;

        Audit(int t, Map<Metric, Long> totals, Map<Metric, Map<String, Long>> cells,
                Map<Metric, Map<String, Hidden>> hidden, Set<Metric> withheld) {
            this.t = t;
            for (Map.Entry<Metric, Map<String, Long>> e : cells.entrySet()) {
                Metric m = e.getKey();
                boolean out = withheld.contains(m);
                List<Integer> terms = new ArrayList<>();
                List<Const> published = new ArrayList<>();
                long value = 0;
                long sum = 0;
                for (Map.Entry<String, Long> cell : e.getValue().entrySet()) {
                    long n = cell.getValue();
                    sum += n;
                    Hidden h = hidden.getOrDefault(m, Map.of()).get(cell.getKey());
                    if (out) {
                        variable(m, cell.getKey(), 0, INF, n < t);
                    } else if (h == Hidden.SMALL) {
                        terms.add(variable(m, cell.getKey(), 1, t - 1, true));
                        value += n;
                    } else if (h == Hidden.COMPLEMENTARY) {
                        terms.add(variable(m, cell.getKey(), t, INF, false));
                        value += n;
                    } else {
                        published.add(new Const(m, cell.getKey(), n));
                    }
                }
                if (out) {
                    continue; // no total published: no relation
                }
                long rest = totals.getOrDefault(m, 0L) - sum;
                terms.add(remainder(rest));
                value += rest;
                relate(terms, null, value, published);
            }
            Set<String> keys = new TreeSet<>();
            ACTIONS_FAMILY.forEach(m -> keys.addAll(cells.getOrDefault(m, Map.of()).keySet()));
            for (String key : keys) {
                List<Integer> terms = new ArrayList<>();
                List<Integer> signs = new ArrayList<>();
                List<Const> published = new ArrayList<>();
                long value = 0;
                long rest = 0;
                for (Metric m : ACTIONS_FAMILY) {
                    int sign = m == Metric.ACTIONS ? 1 : -1;
                    long n = cells.getOrDefault(m, Map.of()).getOrDefault(key, 0L);
                    rest += sign * n;
                    Integer v = index.getOrDefault(m, Map.of()).get(key);
                    if (v == null && withheld.contains(m)) {
                        v = variable(m, key, 0, INF, false); // not published: not known to be zero
                    }
                    if (v != null) {
                        terms.add(v);
                        signs.add(sign);
                    } else {
                        value -= sign * n;
                        if (n > 0) {
                            published.add(new Const(m, key, n));
                        }
                    }
                }
                if (terms.isEmpty()) {
                    continue;
                }
                // What ACTIONS counts beyond its published parts: ledger entries, logged pen-pal letters...
                terms.add(remainder(rest));
                signs.add(-1);
                relate(terms, signs, value, published);
            }
            orient();
        }

        int indexOf(Metric m, String key) {
            return index.get(m).get(key);
        }

        private int variable(Metric m, String key, long lo, long hi, boolean small) {
            vars.add(new Var(m, key, lo, hi, small));
            int i = vars.size() - 1;
            index.computeIfAbsent(m, x -> new HashMap<>()).put(key, i);
            return i;
        }

        /** What no published figure names: known if there is none, else only known not to be negative. */
        private int remainder(long actual) {
            vars.add(new Var(null, null, actual == 0 ? 0 : actual > 0 ? 0 : -INF, actual == 0 ? 0 : INF, false));
            return vars.size() - 1;
        }

        private void relate(List<Integer> terms, List<Integer> signs, long value, List<Const> published) {
            int[] v = terms.stream().mapToInt(Integer::intValue).toArray();
            int[] c = new int[v.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = signs == null ? 1 : signs.get(i);
            }
            relations.add(new Relation(v, c, value, published));
            for (int i = 0; i < v.length; i++) {
                vars.get(v[i]).relations.add(relations.size() - 1);
                vars.get(v[i]).coefficients.add(c[i]);
            }
        }

        /**
         * Signs for the relations such that a cell in two of them appears with opposite signs: then every cell is an
         * arc between its relations (or between its one relation and the ground) and every relation a node.
         */
        private void orient() {
            orientation = new int[relations.size()];
            for (int start = 0; start < relations.size(); start++) {
                if (orientation[start] != 0) {
                    continue;
                }
                orientation[start] = 1;
                java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
                while (!queue.isEmpty()) {
                    int r = queue.poll();
                    Relation rel = relations.get(r);
                    for (int i = 0; i < rel.vars().length; i++) {
                        for (int other : vars.get(rel.vars()[i]).relations) {
                            if (other == r) {
                                continue;
                            }
                            int want = -orientation[r] * rel.coefficients()[i] * coefficient(other, rel.vars()[i]);
                            if (orientation[other] == 0) {
                                orientation[other] = want;
                                queue.add(other);
                            } else if (orientation[other] != want) {
                                orientation = null; // not a network: cannot happen with these relations
                                return;
                            }
                        }
                    }
                }
            }
        }

        private int coefficient(int relation, int var) {
            Var v = vars.get(var);
            return v.coefficients.get(v.relations.indexOf(relation));
        }

        /** Whether the published figures allow this small cell every value from 1 to t-1. */
        boolean isProtected(int var) {
            Var v = vars.get(var);
            return !v.small || (orientation != null && feasible(var, 1) && feasible(var, t - 1));
        }

        /** Whether some whole numbers for the hidden cells, with this one set to {@code value}, fit every figure. */
        boolean feasible(int fixed, long value) {
            int ground = relations.size();
            FlowNetwork net = new FlowNetwork(relations.size() + 1);
            long[] supply = new long[relations.size() + 1];
            for (int r = 0; r < relations.size(); r++) {
                supply[r] = orientation[r] * relations.get(r).value();
                supply[ground] -= supply[r];
            }
            for (int i = 0; i < vars.size(); i++) {
                Var v = vars.get(i);
                int from = ground;
                int to = ground;
                for (int j = 0; j < v.relations.size(); j++) {
                    int r = v.relations.get(j);
                    if (orientation[r] * v.coefficients.get(j) > 0) {
                        from = r;
                    } else {
                        to = r;
                    }
                }
                long lo = i == fixed ? value : v.lo;
                long hi = i == fixed ? value : v.hi;
                if (lo <= -INF) {
                    net.arc(from, to, 0, INF, supply);
                    net.arc(to, from, 0, INF, supply);
                } else {
                    net.arc(from, to, lo, hi, supply);
                }
            }
            return net.feasible(supply);
        }

        /**
         * The published cell to hide for a small one that is not protected: the smallest that protects it alone,
         * taken from the relations it is in, then from those of the cells hidden with it there; failing that, the
         * smallest of them (it widens what the attacker must allow, and the caller looks again); null if none.
         */
        Const complementFor(int failing, Map<Metric, Map<String, Hidden>> hidden, Set<Metric> withheld,
                Map<Metric, Long> totals, Map<Metric, Map<String, Long>> cells) {
            Comparator<Const> smallestFirst = Comparator.comparingLong(Const::count)
                    .thenComparing(c -> c.metric().ordinal()).thenComparing(Const::key);
            List<Const> near = new ArrayList<>();
            List<Const> behind = new ArrayList<>();
            for (int r : vars.get(failing).relations) {
                near.addAll(relations.get(r).published());
                for (int v : relations.get(r).vars()) {
                    for (int r2 : vars.get(v).relations) {
                        if (r2 != r) {
                            behind.addAll(relations.get(r2).published());
                        }
                    }
                }
            }
            near.sort(smallestFirst);
            behind.sort(smallestFirst);
            List<Const> candidates = new ArrayList<>(near);
            behind.stream().filter(c -> !near.contains(c)).distinct().forEach(candidates::add);
            Metric m = vars.get(failing).metric;
            String key = vars.get(failing).key;
            int tries = 0;
            for (Const c : candidates) {
                if (tries++ == 64) {
                    break;
                }
                Map<Metric, Map<String, Hidden>> trial = new EnumMap<>(Metric.class);
                hidden.forEach((metric, byKey) -> trial.put(metric, new TreeMap<>(byKey)));
                trial.computeIfAbsent(c.metric(), x -> new TreeMap<>()).put(c.key(), Hidden.COMPLEMENTARY);
                Audit a = new Audit(t, totals, cells, trial, withheld);
                if (a.isProtected(a.indexOf(m, key))) {
                    return c;
                }
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }
    }

    /**
     * Feasibility of a flow with lower and upper bounds on its arcs and given supplies at its nodes, by one maximum
     * flow (Dinic) from a super source to a super sink.
     */
    static final class FlowNetwork {
        private final int n;
        private final List<long[]> arcs = new ArrayList<>(); // to, capacity, reverse index, from
        private final List<List<Integer>> out = new ArrayList<>();
        private boolean impossible;

        FlowNetwork(int nodes) {
            this.n = nodes + 2;
            for (int i = 0; i < n; i++) {
                out.add(new ArrayList<>());
            }
        }

        /** An arc carrying between lo and hi; its lower bound moves into the supplies. */
        void arc(int from, int to, long lo, long hi, long[] supply) {
            if (lo > hi) {
                impossible = true;
                return;
            }
            supply[from] -= lo;
            supply[to] += lo;
            add(from, to, hi >= INF ? INF : hi - lo);
        }

        private void add(int from, int to, long capacity) {
            out.get(from).add(arcs.size());
            arcs.add(new long[] { to, capacity, arcs.size() + 1, from });
            out.get(to).add(arcs.size());
            arcs.add(new long[] { from, 0, arcs.size() - 1, to });
        }

        boolean feasible(long[] supply) {
            if (impossible) {
                return false;
            }
            int source = n - 2;
            int sink = n - 1;
            long need = 0;
            for (int v = 0; v < supply.length; v++) {
                if (supply[v] > 0) {
                    add(source, v, supply[v]);
                    need += supply[v];
                } else if (supply[v] < 0) {
                    add(v, sink, -supply[v]);
                }
            }
            return maxFlow(source, sink) == need;
        }

        private long maxFlow(int s, int t) {
            long flow = 0;
            int[] level = new int[n];
            while (true) {
                java.util.Arrays.fill(level, -1);
                level[s] = 0;
                java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    for (int a : out.get(u)) {
                        long[] arc = arcs.get(a);
                        if (arc[1] > 0 && level[(int) arc[0]] < 0) {
                            level[(int) arc[0]] = level[u] + 1;
                            queue.add((int) arc[0]);
                        }
                    }
                }
                if (level[t] < 0) {
                    return flow;
                }
                int[] next = new int[n];
                long pushed;
                while ((pushed = push(s, t, INF, level, next)) > 0) {
                    flow += pushed;
                }
            }
        }

        private long push(int u, int t, long limit, int[] level, int[] next) {
            if (u == t) {
                return limit;
            }
            for (; next[u] < out.get(u).size(); next[u]++) {
                long[] arc = arcs.get(out.get(u).get(next[u]));
                int v = (int) arc[0];
                if (arc[1] > 0 && level[v] == level[u] + 1) {
                    long got = push(v, t, Math.min(limit, arc[1]), level, next);
                    if (got > 0) {
                        arc[1] -= got;
                        arcs.get((int) arc[2])[1] += got;
                        return got;
                    }
                }
            }
            return 0;
        }
    }
}
