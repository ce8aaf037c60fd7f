package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.lettersofhope.commons.persistence.SqlStates;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds every counter from the sources, in one transaction. The ledger's contributions are derived again from the
 * ledger (the same mapping as when an entry is appended); the events' contributions are the record of what each
 * consumed event did, kept with its event id; every counter is then the sum of all contributions. The aggregator is
 * held off (its lock) until the rebuilt counters are committed; new contributions do not wait: what the rebuild's
 * snapshot does not show stays queued and is added afterwards, so nothing is counted twice or lost across it.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);

    private static final String SCOPES = " cross join lateral (values (c.campaign_id), "
            + "('00000000-0000-0000-0000-000000000000'::uuid)) s(scope) where s.scope is not null";

    @Schema(name = "RebuildResult")
    public record Result(
            @Schema(description = "Ledger entries whose contributions were derived again") long ledgerEntries,
            @Schema(description = "Contributions summed, from the ledger and from events") long contributions,
            @Schema(description = "Campaign totals rebuilt (and published as TallyChanged)") long campaignTotals,
            @Schema(description = "How long it took") long millis) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Aggregator aggregator;

    /**
     * Runs a rebuild at start when a migration asked for one (a change in how entries are counted), in the
     * background: readers see the old counters until it commits. Asked again after a crash, until one succeeded.
     */
    void onStart(@Observes StartupEvent event) {
        Thread t = new Thread(this::runIfRequested, "tally-rebuild-on-start");
        t.setDaemon(true);
        t.start();
    }

    void runIfRequested() {
        try {
            List<String> reasons = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "select reason from tally_rebuild_request order by requested_at");
                        ResultSet rs = ps.executeQuery()) {
                    List<String> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                    return found;
                }
            });
            if (reasons.isEmpty()) {
                return;
            }
            LOG.infof("rebuilding the tallies as asked by %s", reasons);
            run();
            QuarkusTransaction.requiringNew().run(() -> {
                try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                        "delete from tally_rebuild_request where reason = any(?)")) {
                    ps.setArray(1, c.createArrayOf("text", reasons.toArray()));
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("the rebuild asked for at start failed; it is asked again at the next start: %s",
                    e.getMessage());
        }
    }

    public Result run() {
        long started = System.nanoTime();
        Result result;
        // The aggregator is held off by its own advisory lock, taken at session level on a connection outside the
        // rebuild's transaction: so it is held before the rebuild's snapshot is taken, and a second rebuild waits
        // for the first here rather than inside a transaction.
        try (Connection lock = dataSource.getConnection()) {
            Aggregator.lock(lock, Aggregator.HOLD_OFF);
            try {
                result = rebuildInOneSnapshot();
            } finally {
                Aggregator.lock(lock, Aggregator.RELEASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the rebuild could not hold off the aggregator", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("rebuilt the tallies from %d contributions in %d ms", result.contributions(), millis);
        aggregator.wake();
        return new Result(result.ledgerEntries(), result.contributions(), result.campaignTotals(), millis);
    }

    /**
     * Everything in one REPEATABLE READ transaction, without a table lock: report-backs and events go on appending
     * (ledger entries, contributions, queue rows) meanwhile. The rebuild replaces exactly what its snapshot shows —
     * the ledger's contributions, the queue rows and the counters they add up to — and nothing committed after it:
     * an entry written meanwhile keeps its own contributions and queue rows, which the aggregator adds to the rebuilt
     * counters once the lock is released. Only the aggregator (held off) changes the rows it deletes; should anything
     * else, the snapshot's serialization failure makes it start again.
     */
    private Result rebuildInOneSnapshot() {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(3600).call(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        update(c, "set transaction isolation level repeatable read");
                        return rebuild(c);
                    }
                });
            } catch (RuntimeException e) {
                if (attempt >= 3 || !serializationFailure(e)) {
                    throw e;
                }
                LOG.infof("the rebuild met a concurrent change and starts again (attempt %d)", attempt + 1);
            }
        }
    }

    private Result rebuild(Connection c) throws SQLException {
        update(c, "delete from tally_contribution where source in ('REPORT_BACK', 'BULK', 'ADJUSTMENT')");
        long ledger = update(c, "insert into tally_contribution (" + ContributionLog.CONTRIBUTION_COLUMNS
                + ") " + ContributionLog.LEDGER_CONTRIBUTIONS.formatted("ledger_entry"));
        update(c, "delete from tally_pending");
        update(c, "delete from tally_total");
        update(c, "delete from tally_cell");
        update(c, "delete from tally_hour");
        update(c, "insert into tally_total (scope, metric, count, updated_at) "
                + "select s.scope, c.metric, sum(c.quantity), now() from tally_contribution c" + SCOPES
                + " group by 1, 2");
        update(c, "insert into tally_cell (scope, metric, dimension, value, count) "
                + "select s.scope, c.metric, d.dimension, d.value, sum(c.quantity) from tally_contribution c"
                + " cross join lateral (values ('chapter', c.chapter_id::text), ('region', c.region), "
                + "('target', c.target_id::text), ('action', c.action_type), ('source', c.source)) "
                + "d(dimension, value)" + SCOPES + " and d.value is not null group by 1, 2, 3, 4");
        update(c, "insert into tally_hour (scope, metric, hour, count) "
                + "select s.scope, c.metric, c.bucket, sum(c.quantity) from tally_contribution c" + SCOPES
                + " group by 1, 2, 3");
        long contributions = count(c, "select count(*) from tally_contribution");
        Map<Aggregator.TotalKey, Long> totals = campaignTotals(c);
        aggregator.publish(c, totals);
        return new Result(ledger, contributions, totals.size(), 0);
    }

    private static boolean serializationFailure(Throwable e) {
        return SqlStates.any(e, Set.of(SqlStates.SERIALIZATION_FAILURE));
    }

    private static Map<Aggregator.TotalKey, Long> campaignTotals(Connection c) throws SQLException {
        Map<Aggregator.TotalKey, Long> totals = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select scope, metric, count from tally_total "
                + "where scope <> '00000000-0000-0000-0000-000000000000'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                totals.put(new Aggregator.TotalKey(rs.getObject(1, UUID.class), rs.getString(2)), rs.getLong(3));
            }
        }
        return totals;
    }

    private static long update(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
