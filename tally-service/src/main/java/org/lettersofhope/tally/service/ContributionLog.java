package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.tally.domain.Contribution;
import org.lettersofhope.tally.domain.Jdbc;
import org.lettersofhope.tally.domain.NewLedgerEntry;

import io.agroal.api.AgroalDataSource;

/**
 * Writes ledger entries and contributions, and queues contributions for the {@link Aggregator}. Contributions
 * recorded during one transaction (a consumer's polled batch of events, say) are written together in one statement
 * just before it commits; the aggregator is woken once it has.
 */
@ApplicationScoped
public class ContributionLog {

    /** The one mapping from a ledger entry to its contribution; the rebuild derives the same from the ledger. */
    public static final String LEDGER_CONTRIBUTIONS = "select e.campaign_id, 'ACTIONS', e.quantity::bigint, "
            + "date_trunc('hour', e.occurred_at, 'UTC'), e.chapter_id, e.region, e.target_id, e.action_type, e.kind, "
            + "e.id::text, e.recorded_at from %s e";

    public static final String CONTRIBUTION_COLUMNS = "campaign_id, metric, quantity, bucket, chapter_id, region, "
            + "target_id, action_type, source, source_id, recorded_at";

    public static final String PENDING_COLUMNS = "campaign_id, metric, quantity, bucket, chapter_id, region, "
            + "target_id, action_type, source";

    /** Copies freshly written contributions ({@code c}, returning *) into the aggregator's queue. */
    public static final String QUEUE = " insert into tally_pending (contribution_id, " + PENDING_COLUMNS
            + ") select id, " + PENDING_COLUMNS + " from c";

    private static final Object BUFFER = new Object();
    private static final Object WAKE = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Aggregator aggregator;

    /** Records contributions as part of the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Contribution> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Contribution> buffer = (List<Contribution>) transactions.getResource(BUFFER);
        if (buffer == null) {
            List<Contribution> fresh = new ArrayList<>();
            transactions.putResource(BUFFER, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getRollbackOnly()) {
                        return;
                    }
                    try (Connection c = dataSource.getConnection()) {
                        insert(c, fresh);
                    } catch (SQLException e) {
                        transactions.setRollbackOnly();
                        throw new IllegalStateException("contributions could not be written", e);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            wakeAggregatorAfterCommit();
            buffer = fresh;
        }
        buffer.addAll(contributions);
    }

    /**
     * Appends ledger entries together with their contributions and queue rows, in one statement of the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<NewLedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "with e as (insert into ledger_entry (id, campaign_id, kind, action_type, quantity, hashtag, "
                        + "occurred_at, chapter_id, region, target_id, reporter_id, corrects_entry_id, reason, "
                        + "recorded_by, recorded_at) select u.id, u.campaign_id, u.kind, u.action_type, u.quantity, "
                        + "u.hashtag, u.occurred_at::timestamptz, u.chapter_id, u.region, u.target_id, u.reporter_id, "
                        + "u.corrects_entry_id, u.reason, u.recorded_by, now() from unnest(?::uuid[], ?::uuid[], "
                        + "?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], "
                        + "?::uuid[], ?::uuid[], ?::text[], ?::text[]) as u(id, campaign_id, kind, action_type, "
                        + "quantity, hashtag, occurred_at, chapter_id, region, target_id, reporter_id, "
                        + "corrects_entry_id, reason, recorded_by) returning *), "
                        + "c as (insert into tally_contribution (" + CONTRIBUTION_COLUMNS + ") "
                        + LEDGER_CONTRIBUTIONS.formatted("e") + " returning *)" + QUEUE)) {
            insert.setArray(1, Jdbc.uuids(c, entries, NewLedgerEntry::id));
            insert.setArray(2, Jdbc.uuids(c, entries, NewLedgerEntry::campaignId));
            insert.setArray(3, Jdbc.texts(c, entries, NewLedgerEntry::kind));
            insert.setArray(4, Jdbc.texts(c, entries, NewLedgerEntry::actionType));
            insert.setArray(5, Jdbc.longs(c, entries, e -> (long) e.quantity()));
            insert.setArray(6, Jdbc.texts(c, entries, NewLedgerEntry::hashtag));
            insert.setArray(7, Jdbc.instants(c, entries, NewLedgerEntry::occurredAt));
            insert.setArray(8, Jdbc.uuids(c, entries, NewLedgerEntry::chapterId));
            insert.setArray(9, Jdbc.texts(c, entries, NewLedgerEntry::region));
            insert.setArray(10, Jdbc.uuids(c, entries, NewLedgerEntry::targetId));
            insert.setArray(11, Jdbc.uuids(c, entries, NewLedgerEntry::reporterId));
            insert.setArray(12, Jdbc.uuids(c, entries, NewLedgerEntry::correctsEntryId));
            insert.setArray(13, Jdbc.texts(c, entries, NewLedgerEntry::reason));
            insert.setArray(14, Jdbc.texts(c, entries, NewLedgerEntry::recordedBy));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ledger entries could not be written", e);
        }
        wakeAggregatorAfterCommit();
    }

    private void wakeAggregatorAfterCommit() {
        AfterCommit.once(transactions, WAKE, aggregator::wake);
    }

    public static void insert(Connection c, List<Contribution> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("with c as (insert into tally_contribution ("
                + CONTRIBUTION_COLUMNS + ") select u.campaign_id, u.metric, u.quantity, u.bucket::timestamptz, "
                + "u.chapter_id, u.region, u.target_id, u.action_type, u.source, u.source_id, now() from unnest("
                + "?::uuid[], ?::text[], ?::int8[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[], "
                + "?::text[]) as u(campaign_id, metric, quantity, bucket, chapter_id, region, target_id, action_type, "
                + "source, source_id) returning *)" + QUEUE)) {
            insert.setArray(1, Jdbc.uuids(c, rows, Contribution::campaignId));
            insert.setArray(2, Jdbc.texts(c, rows, Contribution::metric));
            insert.setArray(3, Jdbc.longs(c, rows, Contribution::quantity));
            insert.setArray(4, Jdbc.instants(c, rows, Contribution::bucket));
            insert.setArray(5, Jdbc.uuids(c, rows, Contribution::chapterId));
            insert.setArray(6, Jdbc.texts(c, rows, Contribution::region));
            insert.setArray(7, Jdbc.uuids(c, rows, Contribution::targetId));
            insert.setArray(8, Jdbc.texts(c, rows, Contribution::actionType));
            insert.setArray(9, Jdbc.texts(c, rows, Contribution::source));
            insert.setArray(10, Jdbc.texts(c, rows, Contribution::sourceId));
            insert.executeUpdate();
        }
    }
}
