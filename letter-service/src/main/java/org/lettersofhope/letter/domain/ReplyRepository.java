package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReplyRepository implements PanacheRepositoryBase<Reply, UUID> {

    /** The writer's replies, newest first. */
    public PanacheQuery<Reply> ofWriter(UUID writerId) {
        return find("writerId", Sort.descending("receivedOn").and("id"), writerId);
    }

    /** Oldest logged first, so that {@code loggedSince} syncs page through in order. */
    public PanacheQuery<Reply> search(UUID recipientId, UUID writerId, Instant loggedSince) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Filters.add(where, params, "recipientId = :recipientId", "recipientId", recipientId);
        Filters.add(where, params, "writerId = :writerId", "writerId", writerId);
        Filters.add(where, params, "createdAt >= :since", "since", loggedSince);
        Sort sort = Sort.by("createdAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
