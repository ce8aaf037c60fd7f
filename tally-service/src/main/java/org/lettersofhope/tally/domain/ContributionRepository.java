package org.lettersofhope.tally.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/** Reads the provenance of a campaign's totals: what each ledger entry and event contributed. */
@ApplicationScoped
public class ContributionRepository {

    public record Row(long id, UUID campaignId, Metric metric, long quantity, Instant bucket, UUID chapterId,
            String region, UUID targetId, String actionType, Source source, String sourceId, Instant recordedAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Newest first, one row more than asked for. */
    public List<Row> page(UUID campaignId, Metric metric, int offset, int size) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, campaign_id, metric, quantity, bucket, chapter_id, region, target_id, action_type, "
                        + "source, source_id, recorded_at from tally_contribution where campaign_id = ? "
                        + "and metric = ? order by id desc offset ? limit ?")) {
            ps.setObject(1, campaignId);
            ps.setString(2, metric.name());
            ps.setInt(3, offset);
            ps.setInt(4, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), Metric.valueOf(rs.getString(3)),
                            rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class),
                            rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9),
                            Source.valueOf(rs.getString(10)), rs.getString(11), rs.getTimestamp(12).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("contributions could not be read", e);
        }
        return rows;
    }
}
