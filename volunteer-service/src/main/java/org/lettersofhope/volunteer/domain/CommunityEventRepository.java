package org.lettersofhope.volunteer.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CommunityEventRepository implements PanacheRepositoryBase<CommunityEvent, UUID> {

    /**
     * Finds and locks the event row. Every change to an event and to its RSVPs takes this lock first, so that
     * registrations, cancellations and promotions from the waitlist happen one at a time per event.
     */
    public Optional<CommunityEvent> findByIdForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Matching events, soonest first. */
    public PanacheQuery<CommunityEvent> search(EventSearch s) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        add(where, params, "status in :statuses", "statuses", s.statuses());
        add(where, params, "region = :region", "region", s.region());
        add(where, params, "kind = :kind", "kind", s.kind());
        add(where, params, "localStartDate >= :from", "from", s.from());
        add(where, params, "localStartDate <= :to", "to", s.to());
        add(where, params, "campaignId = :campaignId", "campaignId", s.campaignId());
        add(where, params, "chapterId = :chapterId", "chapterId", s.chapterId());
        add(where, params, "hostId = :hostId", "hostId", s.hostId());
        add(where, params, "endsAt > :endsAfter", "endsAfter", s.endsAfter());
        add(where, params, "updatedAt >= :updatedSince", "updatedSince", s.updatedSince());
        add(where, params, "introStatus = :introStatus", "introStatus", s.introStatus());
        Sort sort = Sort.by("startsAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** The ids of the events a person hosts, in any status. */
    public List<UUID> idsHostedBy(UUID hostId) {
        return getEntityManager().createQuery("select e.id from CommunityEvent e where e.hostId = :host", UUID.class)
                .setParameter("host", hostId).getResultList();
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
