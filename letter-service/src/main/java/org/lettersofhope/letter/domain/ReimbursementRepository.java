package org.lettersofhope.letter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReimbursementRepository implements PanacheRepositoryBase<Reimbursement, UUID> {

    public Optional<Reimbursement> find(UUID id) {
        return findByIdOptional(id);
    }

    /** Decisions take this lock, so that two coordinators deciding one request at once are served in turn. */
    public Optional<Reimbursement> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A volunteer's own requests, newest first. */
    public PanacheQuery<Reimbursement> byVolunteer(UUID volunteerId, ReimbursementStatus status) {
        return search("volunteerId = :volunteer", Parameters.with("volunteer", volunteerId), status,
                Sort.by("createdAt", Sort.Direction.Descending).and("id"));
    }

    /** The queue a coordinator works through, oldest first; {@code chapterId} null means every chapter. */
    public PanacheQuery<Reimbursement> queue(UUID chapterId, ReimbursementStatus status) {
        return search(chapterId == null ? null : "chapterId = :chapter",
                chapterId == null ? new Parameters() : Parameters.with("chapter", chapterId), status,
                Sort.by("createdAt").and("id"));
    }

    private PanacheQuery<Reimbursement> search(String condition, Parameters params, ReimbursementStatus status,
            Sort sort) {
        List<String> where = new ArrayList<>();
        if (condition != null) {
            where.add(condition);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
