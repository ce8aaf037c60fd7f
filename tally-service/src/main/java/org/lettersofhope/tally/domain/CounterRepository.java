package org.lettersofhope.tally.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Reads the counters: one indexed lookup each, never a count over ledger entries or contributions. Plain JDBC, as
 * these are the hottest reads of the service.
 */
@ApplicationScoped
public class CounterRepository {

    /** The scope of everything counted, campaign or not. */
    public static final UUID ALL = new UUID(0, 0);

    public record Cell(String value, long count) {
    }

    public record Hour(Instant hour, long count) {
    }

    /**
     * A scope's totals and its chapter and region cells, read in one statement (one snapshot, so that they agree),
     * with the version of the counters they were read at.
     */
    public record Snapshot(Instant version, Map<Metric, Long> totals,
            Map<Dimension, Map<Metric, Map<String, Long>>> cells) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Map<Metric, Long> totals(UUID scope) {
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            totals.put(m, 0L);
        }
        query("select metric, count from tally_total where scope = ?", ps -> ps.setObject(1, scope), rs -> {
            Metric m = metric(rs.getString(1));
            if (m != null) {
                totals.put(m, rs.getLong(2));
            }
        });
        return totals;
    }

    /** A metric's non-zero cells of one dimension, largest first. */
    public List<Cell> cells(UUID scope, Metric metric, Dimension dimension) {
        List<Cell> cells = new ArrayList<>();
        query("select value, count from tally_cell where scope = ? and metric = ? and dimension = ? and count <> 0 "
                + "order by count desc, value", ps -> {
                    ps.setObject(1, scope);
                    ps.setString(2, metric.name());
                    ps.setString(3, dimension.key());
                }, rs -> cells.add(new Cell(rs.getString(1), rs.getLong(2))));
        return cells;
    }

    /** A metric's non-zero hours in [from, to). */
    public List<Hour> hours(UUID scope, Metric metric, Instant from, Instant to) {
        List<Hour> hours = new ArrayList<>();
        query("select hour, count from tally_hour where scope = ? and metric = ? and hour >= ? and hour < ? "
                + "and count <> 0 order by hour", ps -> {
                    ps.setObject(1, scope);
                    ps.setString(2, metric.name());
                    ps.setTimestamp(3, Timestamp.from(from));
                    ps.setTimestamp(4, Timestamp.from(to));
                }, rs -> hours.add(new Hour(rs.getTimestamp(1).toInstant(), rs.getLong(2))));
        return hours;
    }

    /**
     * When the scope's counters last changed: the aggregator updates a total with every change of any of its
     * cells, and a rebuild writes them all again.
     */
    public Instant version(UUID scope) {
        Instant[] version = new Instant[1];
        query("select max(updated_at) from tally_total where scope = ?", ps -> ps.setObject(1, scope), rs -> {
            Timestamp t = rs.getTimestamp(1);
            version[0] = t == null ? null : t.toInstant();
        });
        return version[0];
    }

    public Snapshot snapshot(UUID scope) {
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            totals.put(m, 0L);
        }
        Map<Dimension, Map<Metric, Map<String, Long>>> cells = new EnumMap<>(Dimension.class);
        Instant[] version = new Instant[1];
        query("select null, metric, null, count, updated_at from tally_total where scope = ? union all "
                + "select dimension, metric, value, count, null from tally_cell where scope = ? "
                + "and dimension in ('chapter', 'region') and count > 0", ps -> {
                    ps.setObject(1, scope);
                    ps.setObject(2, scope);
                }, rs -> {
                    Metric m = metric(rs.getString(2));
                    String dimension = rs.getString(1);
                    if (dimension == null) {
                        Timestamp t = rs.getTimestamp(5);
                        Instant at = t == null ? null : t.toInstant();
                        if (at != null && (version[0] == null || at.isAfter(version[0]))) {
                            version[0] = at;
                        }
                        if (m != null) {
                            totals.put(m, rs.getLong(4));
                        }
                    } else if (m != null) {
                        Dimension d = "chapter".equals(dimension) ? Dimension.CHAPTER : Dimension.REGION;
                        cells.computeIfAbsent(d, x -> new EnumMap<>(Metric.class))
                                .computeIfAbsent(m, x -> new java.util.TreeMap<>()).put(rs.getString(3),
                                        rs.getLong(4));
                    }
                });
        return new Snapshot(version[0], totals, cells);
    }

    /** A metric this version knows; rows of metrics since retired are ignored. */
    private static Metric metric(String name) {
        try {
            return Metric.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tallies could not be read", e);
        }
    }
}
