package org.lettersofhope.tally.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.persistence.AfterCommit;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.tally.LedgerEntryRecorded;
import org.lettersofhope.tally.domain.ActionType;
import org.lettersofhope.tally.domain.CampaignRepository;
import org.lettersofhope.tally.domain.Contribution;
import org.lettersofhope.tally.domain.Jdbc;
import org.lettersofhope.tally.domain.LedgerEntry;
import org.lettersofhope.tally.domain.NewLedgerEntry;

import io.agroal.api.AgroalDataSource;

/**
 * Writes ledger entries and contributions, and queues contributions for the {@link Aggregator}. Contributions
 * recorded during one transaction (a consumer's polled batch of events, say) are written together in one statement
 * just before it commits; the aggregator is woken once it has.
 */
@ApplicationScoped
public class ContributionLog {

    /**
     * What a ledger entry {@code e} adds: its quantity to ACTIONS, in the hour it happened, where it happened. A
     * correction ({@code o}: the entry it corrects) counts in the source of the entry it corrects, so that every cell
     * of an entry and its corrections together stays at or above zero.
     */
    private static final String LEDGER_CONTRIBUTION = "e.campaign_id, 'ACTIONS', %s e.quantity::bigint, "
            + "date_trunc('hour', e.occurred_at, 'UTC'), e.chapter_id, e.region, e.target_id, e.action_type, "
            + "coalesce(o.kind, e.kind), e.id::text, %s";

    /**
     * Whether an entry counts: not if it (or, for a correction, the entry it corrects) is a report-back or bulk entry
     * recorded after its campaign closed — it arrived here before the close did, and is withdrawn when the close
     * arrives ({@link #withdrawAfterClose}). Adjustments count whenever they were made.
     */
    static final String COUNTED = "(coalesce(o.kind, e.kind) = 'ADJUSTMENT' or k.closed_at is null "
            + "or coalesce(o.recorded_at, e.recorded_at) <= k.closed_at)";

    /** {@link #COUNTED} for one entry and the entry it corrects (null if none), in Java. */
    public static boolean isCounted(LedgerEntry e, LedgerEntry corrected, Instant closedAt) {
        LedgerEntry original = corrected != null ? corrected : e;
        return original.kind == LedgerEntry.Kind.ADJUSTMENT || closedAt == null
                || !original.recordedAt.isAfter(closedAt);
    }

    /** The one mapping from ledger entries ({@code %s}) to their contributions; the rebuild derives the same. */
    public static final String LEDGER_CONTRIBUTIONS = "select " + LEDGER_CONTRIBUTION.formatted("", "e.recorded_at")
            + " from %s e left join ledger_entry o on o.id = e.corrects_entry_id "
            + "left join campaign k on k.id = e.campaign_id where " + COUNTED;

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

    @Inject
    Outbox outbox;

    @Inject
    CampaignRepository campaigns;

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

    /** An adjustment's reason stays in the database that recorded it: the log carries no free text. */
    public static final String REASON_NOT_IN_LOG = "(recorded before a rebuild from the event log: reason not kept)";

    /**
     * Appends ledger entries together with their contributions and queue rows, in one statement of the caller's
     * transaction, and publishes each as {@code LedgerEntryRecorded} through the outbox, so that the ledger can be
     * rebuilt from the topics ({@link #restore}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<NewLedgerEntry> entries) {
        Map<UUID, Instant> recorded = write(entries, null);
        // Only what this statement wrote: an entry already there (by id) was published when it was written.
        outbox.recordAll(EventTypes.LEDGER_ENTRY_RECORDED, entries.stream().filter(e -> recorded.containsKey(e.id()))
                .map(e -> new LedgerEntryRecorded(e.id(),
                e.campaignId(), e.kind().name(), e.actionType().name(), e.quantity(), e.occurredAt(), e.chapterId(),
                e.region(), e.targetId(), e.correctsEntryId(), recorded.get(e.id()))).toList());
    }

    /**
     * A ledger entry read back from the event log: written exactly as {@link #append} wrote it (same statement, same
     * contributions, its original {@code recordedAt}) when this database does not have it — a database rebuilt from
     * the topics — and nothing at all when it does, which is every time in normal running. Published nothing: the
     * log has it already. The entry is looked up by its key first, so that the read-back of every live entry takes
     * no campaign lock; a missing one is written holding the campaign's row like every ledger write, so a close
     * applied meanwhile withdraws it if it came late.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean restore(LedgerEntryRecorded e) {
        if (exists(e.entryId())) {
            return false;
        }
        campaigns.lockForLedger(e.campaignId());
        LedgerEntry.Kind kind = LedgerEntry.Kind.valueOf(e.kind());
        NewLedgerEntry entry = new NewLedgerEntry(e.entryId(), e.campaignId(), kind, ActionType.valueOf(e.actionType()),
                e.quantity(), null, e.occurredAt(), e.chapterId(), e.region(), e.targetId(), null,
                e.correctsEntryId(), kind == LedgerEntry.Kind.ADJUSTMENT ? REASON_NOT_IN_LOG : null, null);
        return !write(List.of(entry), e.recordedAt()).isEmpty();
    }

    private boolean exists(UUID entryId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select 1 from ledger_entry where id = ?")) {
            select.setObject(1, entryId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("ledger entry could not be looked up", ex);
        }
    }

    /**
     * Inserts the entries not there yet (by id) with their contributions and queue rows, in one statement; answers
     * when each inserted entry was recorded: {@code recordedAt}, or the transaction's time when null.
     */
    private Map<UUID, Instant> write(List<NewLedgerEntry> entries, Instant recordedAt) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> recorded = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "with e as (insert into ledger_entry (id, campaign_id, kind, action_type, quantity, hashtag, "
                        + "occurred_at, chapter_id, region, target_id, reporter_id, corrects_entry_id, reason, "
                        + "recorded_by, recorded_at) select u.id, u.campaign_id, u.kind, u.action_type, u.quantity, "
                        + "u.hashtag, u.occurred_at::timestamptz, u.chapter_id, u.region, u.target_id, u.reporter_id, "
                        + "u.corrects_entry_id, u.reason, u.recorded_by, coalesce(?::timestamptz, now()) "
                        + "from unnest(?::uuid[], ?::uuid[], "
                        + "?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::uuid[], ?::text[], ?::uuid[], "
                        + "?::uuid[], ?::uuid[], ?::text[], ?::text[]) as u(id, campaign_id, kind, action_type, "
                        + "quantity, hashtag, occurred_at, chapter_id, region, target_id, reporter_id, "
                        + "corrects_entry_id, reason, recorded_by) on conflict (id) do nothing returning *), "
                        + "c as (insert into tally_contribution (" + CONTRIBUTION_COLUMNS + ") "
                        + LEDGER_CONTRIBUTIONS.formatted("e") + " returning *), q as (" + QUEUE + ") "
                        + "select id, recorded_at from e")) {
            insert.setString(1, recordedAt == null ? null : recordedAt.toString());
            insert.setArray(2, Jdbc.uuids(c, entries, NewLedgerEntry::id));
            insert.setArray(3, Jdbc.uuids(c, entries, NewLedgerEntry::campaignId));
            insert.setArray(4, Jdbc.texts(c, entries, NewLedgerEntry::kind));
            insert.setArray(5, Jdbc.texts(c, entries, NewLedgerEntry::actionType));
            insert.setArray(6, Jdbc.longs(c, entries, e -> (long) e.quantity()));
            insert.setArray(7, Jdbc.texts(c, entries, NewLedgerEntry::hashtag));
            insert.setArray(8, Jdbc.instants(c, entries, NewLedgerEntry::occurredAt));
            insert.setArray(9, Jdbc.uuids(c, entries, NewLedgerEntry::chapterId));
            insert.setArray(10, Jdbc.texts(c, entries, NewLedgerEntry::region));
            insert.setArray(11, Jdbc.uuids(c, entries, NewLedgerEntry::targetId));
            insert.setArray(12, Jdbc.uuids(c, entries, NewLedgerEntry::reporterId));
            insert.setArray(13, Jdbc.uuids(c, entries, NewLedgerEntry::correctsEntryId));
            insert.setArray(14, Jdbc.texts(c, entries, NewLedgerEntry::reason));
            insert.setArray(15, Jdbc.texts(c, entries, NewLedgerEntry::recordedBy));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    recorded.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger entries could not be written", e);
        }
        if (!recorded.isEmpty()) {
            wakeAggregatorAfterCommit();
        }
        return recorded;
    }

    /**
     * A campaign was closed as of {@code closedAt}: report-backs and bulk entries recorded after that (they arrived
     * here before the close did) and corrections of them are taken back out of the counts. Runs once, in the close's
     * transaction, after the ledger writes in flight have committed; the ledger keeps the entries.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawAfterClose(UUID campaignId, Instant closedAt) {
        int withdrawn;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "with c as (insert into tally_contribution (" + CONTRIBUTION_COLUMNS + ") select "
                        + LEDGER_CONTRIBUTION.formatted("-", "now()") + " from ledger_entry e "
                        + "left join ledger_entry o on o.id = e.corrects_entry_id where e.campaign_id = ? "
                        + "and e.recorded_at > ?::timestamptz and coalesce(o.kind, e.kind) <> 'ADJUSTMENT' "
                        + "and coalesce(o.recorded_at, e.recorded_at) > ?::timestamptz returning *)" + QUEUE)) {
            insert.setObject(1, campaignId);
            insert.setString(2, closedAt.toString());
            insert.setString(3, closedAt.toString());
            withdrawn = insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("late entries could not be withdrawn", e);
        }
        if (withdrawn > 0) {
            wakeAggregatorAfterCommit();
        }
        return withdrawn;
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
