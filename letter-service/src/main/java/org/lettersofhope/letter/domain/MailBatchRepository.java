package org.lettersofhope.letter.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MailBatchRepository implements PanacheRepositoryBase<MailBatch, UUID> {

    public Optional<MailBatch> find(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id);
    }

    /** Locks the batch: adding, removing, sealing and mailing happen one at a time per batch. */
    public Optional<MailBatch> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public PanacheQuery<MailBatch> search(MailBatchStatus status, UUID facilityId) {
        Sort sort = Sort.by("createdAt").and("id");
        if (status == null && facilityId == null) {
            return findAll(sort);
        }
        if (facilityId == null) {
            return find("status = :status", sort, Parameters.with("status", status));
        }
        if (status == null) {
            return find("facilityId = :facilityId", sort, Parameters.with("facilityId", facilityId));
        }
        return find("status = :status and facilityId = :facilityId", sort,
                Parameters.with("status", status).and("facilityId", facilityId));
    }
}
