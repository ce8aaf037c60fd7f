package org.lettersofhope.letter.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public Optional<Campaign> find(UUID id) {
        return findByIdOptional(id);
    }

    /** Finds and locks the campaign: every change to it takes this lock, so they happen one at a time. */
    public Optional<Campaign> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Finds the campaign and holds it in its current status until the transaction ends: closing it waits for pieces
     * being logged against it, so no piece counts after the close.
     */
    public Optional<Campaign> findShared(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_READ));
    }

    public Optional<Campaign> findBySlug(String slug) {
        return find("slug", slug.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public boolean slugTaken(String slug, UUID except) {
        return count("slug = ?1 and id <> ?2", slug, except) > 0;
    }

    /**
     * Matching campaigns. With {@code updatedSince} they come in the order they last changed (oldest first), so that
     * a partner can sync page by page; otherwise the latest start first.
     */
    public PanacheQuery<Campaign> search(CampaignSearch s) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (s.statuses() != null) {
            where.add("status in :statuses");
            params.put("statuses", s.statuses());
        }
        if (s.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", s.kind());
        }
        if (s.updatedSince() != null) {
            where.add("updatedAt >= :updatedSince");
            params.put("updatedSince", s.updatedSince());
        }
        Sort sort = s.updatedSince() != null ? Sort.by("updatedAt").and("id")
                : Sort.by("startsOn", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
