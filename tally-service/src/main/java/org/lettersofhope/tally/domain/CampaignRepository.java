package org.lettersofhope.tally.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Campaigns as letter-service published them. The ledger and the close are serialised on the campaign's row: every
 * ledger write holds it {@code FOR SHARE} (writes never wait for each other), a close updates it (and so waits for
 * the writes in flight, and every later write sees it closed).
 */
@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    /** A campaign's state as a ledger write sees it under its lock. */
    public record LedgerLock(Campaign.Status status, Instant closedAt) {
        public boolean isOpen() {
            return status == Campaign.Status.OPEN;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<Campaign> find(UUID id) {
        return findByIdOptional(id);
    }

    /**
     * Locks the campaign for a ledger write, until the transaction ends: a close waits for it, and if a close came
     * first this sees the campaign closed. Empty if the campaign was never published here.
     */
    public Optional<LedgerLock> lockForLedger(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select status, closed_at from campaign where id = ? for share")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp closed = rs.getTimestamp(2);
                return Optional.of(new LedgerLock(Campaign.Status.valueOf(rs.getString(1)),
                        closed == null ? null : closed.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the campaign could not be locked", e);
        }
    }

    /** The campaign, locked for a close: waits for the ledger writes in flight, and holds off new ones. */
    public Optional<Campaign> lockForClose(UUID id) {
        // Published in the same transaction (a consumer's batch): the row must be there to be locked.
        getEntityManager().flush();
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
