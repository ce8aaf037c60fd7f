package org.lettersofhope.letter.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CustodyChangeRepository implements PanacheRepositoryBase<CustodyChange, UUID> {

    /** The recipient's history, oldest first. */
    public List<CustodyChange> history(UUID recipientId) {
        return list("recipientId", Sort.by("changedAt").and("id"), recipientId);
    }
}
