package org.lettersofhope.letter.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.shared.event.letter.LetterStatus;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LetterRepository implements PanacheRepositoryBase<Letter, UUID> {

    /** The transaction's connection, for the writes that skip the entity machinery. */
    @Inject
    AgroalDataSource dataSource;

    /**
     * Inserts a new letter with its first history entry (by {@code actor}) and its event's outbox row in one
     * statement on the transaction's connection. Logging letters is the service's busiest write (1,500 a second on
     * a day of action): as entities and a separate outbox insert it took three more round trips and a flush. The
     * letter is not managed afterwards; it is only read.
     */
    public void insertNew(Letter l, UUID transitionId, String actor, Outbox.Row event) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "with l as (insert into letter (id, kind, origin, status, status_reason, recipient_id, "
                        + "facility_id, writer_id, chapter_id, campaign_id, region, note_text, note_writer_name, "
                        + "note_language, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) returning id), "
                        + "o as (" + Outbox.INSERT + ") "
                        + "insert into letter_transition (id, letter_id, from_status, to_status, reason, changed_by, "
                        + "changed_at) select ?, id, null, ?, ?, ?, ? from l")) {
            OffsetDateTime created = l.createdAt.atOffset(ZoneOffset.UTC);
            ps.setObject(1, l.id);
            ps.setString(2, l.kind.name());
            ps.setString(3, l.origin.name());
            ps.setString(4, l.status.name());
            ps.setString(5, l.statusReason == null ? null : l.statusReason.name());
            ps.setObject(6, l.recipientId);
            ps.setObject(7, l.facilityId);
            ps.setObject(8, l.writerId);
            ps.setObject(9, l.chapterId);
            ps.setObject(10, l.campaignId);
            ps.setString(11, l.region);
            ps.setString(12, l.noteText);
            ps.setString(13, l.noteWriterName);
            ps.setString(14, l.noteLanguage);
            ps.setObject(15, created);
            ps.setObject(16, l.updatedAt.atOffset(ZoneOffset.UTC));
            int next = event.bind(ps, 17);
            ps.setObject(next, transitionId);
            ps.setString(next + 1, l.status.name());
            ps.setString(next + 2, l.statusReason == null ? null : l.statusReason.name());
            ps.setString(next + 3, actor);
            ps.setObject(next + 4, created);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the letter could not be written", e);
        }
    }

    public Optional<Letter> find(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id);
    }

    /** Locks the row: status changes of one letter happen one at a time. */
    public Optional<Letter> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The recipient's letters in the given statuses, locked, oldest first. */
    public List<Letter> findByRecipientForUpdate(UUID recipientId, java.util.Collection<LetterStatus> statuses) {
        return find("recipientId = :recipient and status in :statuses", Sort.by("createdAt").and("id"),
                Parameters.with("recipient", recipientId).and("statuses", statuses))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The batch's letters, locked. */
    public List<Letter> findByBatchForUpdate(UUID batchId) {
        return find("batchId", Sort.by("createdAt").and("id"), batchId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public long countInBatch(UUID batchId) {
        return count("batchId", batchId);
    }

    /** Least recently changed first, so that {@code updatedSince} syncs page through in order. */
    public PanacheQuery<Letter> search(LetterSearch s) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Filters.add(where, params, "status = :status", "status", s.status());
        Filters.add(where, params, "facilityId = :facilityId", "facilityId", s.facilityId());
        Filters.add(where, params, "recipientId = :recipientId", "recipientId", s.recipientId());
        Filters.add(where, params, "origin = :origin", "origin", s.origin());
        Filters.add(where, params, "campaignId = :campaignId", "campaignId", s.campaignId());
        Filters.add(where, params, "updatedAt >= :updatedSince", "updatedSince", s.updatedSince());
        Filters.add(where, params, "writerId = :writerId", "writerId", s.writerId());
        Filters.add(where, params, "chapterId = :chapterId", "chapterId", s.chapterId());
        Filters.add(where, params, "batchId = :batchId", "batchId", s.batchId());
        Filters.add(where, params, "statusReason in :statusReasons", "statusReasons", s.statusReasons());
        Sort sort = Sort.by("updatedAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
