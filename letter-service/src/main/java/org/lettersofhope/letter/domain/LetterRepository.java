package org.lettersofhope.letter.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.lettersofhope.shared.event.letter.LetterStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LetterRepository implements PanacheRepositoryBase<Letter, UUID> {

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
        Sort sort = Sort.by("updatedAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
