package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.lettersofhope.commons.messaging.BackgroundWorker;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.messaging.Pacing;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.tally.TallyChanged;
import org.lettersofhope.tally.domain.CounterRepository;
import org.lettersofhope.tally.domain.Jdbc;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Adds queued contributions to the counters. One batch is one transaction: it deletes the batch from the queue, adds
 * it up per counter in memory, updates each touched counter once, records a TallyChanged per touched campaign total
 * in the outbox and notifies the live streams — so each contribution counts exactly once, and a counter that a
 * thousand events a second touch is still written about ten times a second. Only one aggregator runs at a time per
 * database (an advisory lock), so concurrent instances never contend for the same hot rows.
 */
@ApplicationScoped
public class Aggregator {

    private static final Logger LOG = Logger.getLogger(Aggregator.class);

    /**
     * The lock held by a running batch and by a rebuild, which must not overlap: taken for the batch's transaction,
     * together with the batch's statement and lock-wait bounds, in one round trip.
     */
    static final String BOUNDED_BATCH = "select pg_try_advisory_xact_lock(hashtext('tally-aggregator')), "
            + "set_config('lock_timeout', '10s', true), set_config('statement_timeout', '15s', true)";
    /** The same lock at session level, held across a transaction of its own: how the rebuild holds it off. */
    static final String HOLD_OFF = "select pg_advisory_lock(hashtext('tally-aggregator'))";
    static final String RELEASE = "select pg_advisory_unlock(hashtext('tally-aggregator'))";
    static final String CHANNEL = "tally_changed";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    TallyConfig config;

    @Inject
    MeterRegistry metrics;

    private BackgroundWorker worker;

    record TotalKey(UUID scope, String metric) {
    }

    record CellKey(UUID scope, String metric, String dimension, String value) {
    }

    record HourKey(UUID scope, String metric, Instant hour) {
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.aggregator().enabled()) {
            LOG.info("tally aggregator disabled");
            return;
        }
        worker = new BackgroundWorker("tally-aggregator", config.aggregator().pollInterval(), Duration.ofSeconds(1),
                Duration.ofSeconds(10), metrics, new BackgroundWorker.Task() {
                    @Override
                    public boolean runOnce() throws InterruptedException {
                        long started = System.nanoTime();
                        int applied = applyBatch();
                        if (applied > 0) {
                            Pacing.restOf(config.aggregator().minInterval(), started);
                        }
                        return applied > 0;
                    }

                    @Override
                    public void onFailure(Exception failure) {
                        metrics.counter("letters.tallies.aggregation.failures").increment();
                    }
                });
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.stop(Duration.ofSeconds(10));
        }
    }

    /** Asks for the queue to be looked at now rather than at the next poll. */
    public void wake() {
        if (worker != null) {
            worker.wake();
        }
    }

    /** Adds one batch of queued contributions to the counters; answers how many, 0 when another holds the lock. */
    public int applyBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                // The lock and the batch's bounds in one round trip. A batch takes about a tenth of a second. One
                // statement of it was seen to run far longer (in CI, right after 150,000 contributions were queued
                // at once; not a lock wait; cause not found yet): a statement or lock wait past these bounds is
                // cancelled, the worker's warning says which step it was, and the batch is tried again.
                if (!lock(c, BOUNDED_BATCH)) {
                    return 0;
                }
                Batch batch = step("take", () -> take(c, config.aggregator().batchSize()));
                if (batch.size == 0) {
                    return 0;
                }
                Map<TotalKey, Long> changed = step("totals of " + batch.size, () -> upsertTotals(c, batch.totals));
                step("cells", () -> upsertCells(c, batch.cells));
                step("hours", () -> upsertHours(c, batch.hours));
                step("publish", () -> publish(c, changed));
                metrics.counter("letters.tallies.contributions.applied").increment(batch.size);
                return batch.size;
            }
        });
    }

    interface Step<T> {
        T run() throws SQLException;
    }

    interface VoidStep {
        void run() throws SQLException;
    }

    private static void step(String name, VoidStep step) throws SQLException {
        step(name, () -> {
            step.run();
            return Boolean.TRUE;
        });
    }

    /** Runs one step of a batch; a failure says which step (and so which statement) it was. */
    private static <T> T step(String name, Step<T> step) throws SQLException {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new SQLException("batch step " + name + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    static boolean lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            Object got = rs.getObject(1);
            return got == null || Boolean.TRUE.equals(got);
        }
    }

    static final class Batch {
        int size;
        final Map<TotalKey, Long> totals = new HashMap<>();
        final Map<CellKey, Long> cells = new HashMap<>();
        final Map<HourKey, Long> hours = new HashMap<>();

        void add(UUID campaign, String metric, long quantity, Instant hour, String[] dimensionValues) {
            size++;
            for (UUID scope : campaign == null ? List.of(CounterRepository.ALL)
                    : List.of(campaign, CounterRepository.ALL)) {
                totals.merge(new TotalKey(scope, metric), quantity, Long::sum);
                hours.merge(new HourKey(scope, metric, hour), quantity, Long::sum);
                for (int d = 0; d < DIMENSIONS.length; d++) {
                    if (dimensionValues[d] != null) {
                        cells.merge(new CellKey(scope, metric, DIMENSIONS[d], dimensionValues[d]), quantity,
                                Long::sum);
                    }
                }
            }
        }
    }

    /** The cell dimensions, in the order of the queue's columns chapter_id, region, target_id, action_type, source. */
    static final String[] DIMENSIONS = { "chapter", "region", "target", "action", "source" };

    private static Batch take(Connection c, int limit) throws SQLException {
        Batch batch = new Batch();
        try (PreparedStatement ps = c.prepareStatement("delete from tally_pending where contribution_id in ("
                + "select contribution_id from tally_pending order by contribution_id limit ? for update skip locked) "
                + "returning campaign_id, metric, quantity, bucket, chapter_id, region, target_id, action_type, "
                + "source")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), new String[] { rs.getString(5), rs.getString(6),
                                    rs.getString(7), rs.getString(8), rs.getString(9) });
                }
            }
        }
        return batch;
    }

    /** Adds the deltas; answers the new totals. */
    private static Map<TotalKey, Long> upsertTotals(Connection c, Map<TotalKey, Long> deltas) throws SQLException {
        List<Map.Entry<TotalKey, Long>> rows = sorted(deltas);
        Map<TotalKey, Long> now = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("insert into tally_total (scope, metric, count, updated_at) "
                + "select * , now() from unnest(?::uuid[], ?::text[], ?::int8[]) "
                + "on conflict (scope, metric) do update set count = tally_total.count + excluded.count, "
                + "updated_at = excluded.updated_at returning scope, metric, count")) {
            ps.setArray(1, Jdbc.uuids(c, rows, r -> r.getKey().scope()));
            ps.setArray(2, Jdbc.texts(c, rows, r -> r.getKey().metric()));
            ps.setArray(3, Jdbc.longs(c, rows, Map.Entry::getValue));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    now.put(new TotalKey(rs.getObject(1, UUID.class), rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return now;
    }

    private static void upsertCells(Connection c, Map<CellKey, Long> deltas) throws SQLException {
        List<Map.Entry<CellKey, Long>> rows = sorted(deltas);
        try (PreparedStatement ps = c.prepareStatement("insert into tally_cell (scope, metric, dimension, value, "
                + "count) select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int8[]) "
                + "on conflict (scope, metric, dimension, value) do update "
                + "set count = tally_cell.count + excluded.count")) {
            ps.setArray(1, Jdbc.uuids(c, rows, r -> r.getKey().scope()));
            ps.setArray(2, Jdbc.texts(c, rows, r -> r.getKey().metric()));
            ps.setArray(3, Jdbc.texts(c, rows, r -> r.getKey().dimension()));
            ps.setArray(4, Jdbc.texts(c, rows, r -> r.getKey().value()));
            ps.setArray(5, Jdbc.longs(c, rows, Map.Entry::getValue));
            ps.executeUpdate();
        }
    }

    private static void upsertHours(Connection c, Map<HourKey, Long> deltas) throws SQLException {
        List<Map.Entry<HourKey, Long>> rows = sorted(deltas);
        try (PreparedStatement ps = c.prepareStatement("insert into tally_hour (scope, metric, hour, count) "
                + "select u.scope, u.metric, u.hour::timestamptz, u.count "
                + "from unnest(?::uuid[], ?::text[], ?::text[], ?::int8[]) as u(scope, metric, hour, count) "
                + "on conflict (scope, metric, hour) do update set count = tally_hour.count + excluded.count")) {
            ps.setArray(1, Jdbc.uuids(c, rows, r -> r.getKey().scope()));
            ps.setArray(2, Jdbc.texts(c, rows, r -> r.getKey().metric()));
            ps.setArray(3, Jdbc.instants(c, rows, r -> r.getKey().hour()));
            ps.setArray(4, Jdbc.longs(c, rows, Map.Entry::getValue));
            ps.executeUpdate();
        }
    }

    /** Rows in one fixed order, so that two writers of the same counters can never deadlock. */
    private static <K> List<Map.Entry<K, Long>> sorted(Map<K, Long> deltas) {
        List<Map.Entry<K, Long>> rows = new ArrayList<>(deltas.entrySet());
        rows.sort((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()));
        return rows;
    }

    /** TallyChanged for every campaign total that changed (in the outbox) and a notice to the live streams. */
    void publish(Connection c, Map<TotalKey, Long> totals) throws SQLException {
        Instant now = Instant.now();
        List<TallyChanged> changes = new ArrayList<>();
        Set<UUID> campaigns = new LinkedHashSet<>();
        for (Map.Entry<TotalKey, Long> t : totals.entrySet()) {
            UUID scope = t.getKey().scope();
            if (!CounterRepository.ALL.equals(scope)) {
                campaigns.add(scope);
                changes.add(new TallyChanged(TallyChanged.tallyId(scope, t.getKey().metric()), scope,
                        t.getKey().metric(), t.getValue(), now));
            }
        }
        outbox.recordAll(EventTypes.TALLY_CHANGED, changes);
        notifyStreams(c, campaigns);
    }

    /** Delivered by PostgreSQL to every instance's listener when, and only if, the transaction commits. */
    static void notifyStreams(Connection c, Set<UUID> campaigns) throws SQLException {
        if (campaigns.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(campaigns);
        try (PreparedStatement ps = c.prepareStatement("select pg_notify('" + CHANNEL + "', id) "
                + "from unnest(?::text[]) id")) {
            ps.setArray(1, Jdbc.texts(c, ids, id -> id));
            ps.executeQuery().close();
        }
    }
}
