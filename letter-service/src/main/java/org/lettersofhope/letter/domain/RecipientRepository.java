package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import org.lettersofhope.shared.event.letter.CustodyStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, UUID> {

    public Optional<Recipient> find(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id);
    }

    /**
     * What a recipient's card shows (id, displayName, preferredLanguage, custodyStatus, consentsToLetters,
     * facilityId), read without loading the entity: logging a letter asks for it every time, and a managed entity
     * would also be dirty-checked when the transaction flushes.
     */
    public Optional<Tuple> card(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return getEntityManager().createQuery("select r.id as id, r.displayName as displayName, "
                + "r.preferredLanguage as preferredLanguage, r.custodyStatus as custodyStatus, "
                + "r.consentsToLetters as consentsToLetters, r.facilityId as facilityId from Recipient r "
                + "where r.id = :id", Tuple.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Locks the row: custody and consent changes of one recipient happen one at a time. */
    public Optional<Recipient> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** One indexed lookup by the A-Number's blind index. */
    public Optional<Recipient> findByANumberLookup(byte[] lookup) {
        return find("aNumberLookup", lookup).firstResultOptional();
    }

    /**
     * The next recipient a quick note goes to, locked: consenting, in custody at an active facility, waited longest
     * for a note; with {@code language} (a primary subtag such as {@code es}), only those who prefer it. Rows another
     * quick note is taking at this moment are skipped rather than waited for.
     */
    public Optional<Recipient> nextForQuickNote(String language) {
        String sql = "select r.* from recipient r join facility f on f.id = r.facility_id and f.active "
                + "where r.consents_to_letters and r.custody_status in ('DETAINED', 'TRANSFERRED') "
                + (language == null ? "" : "and lower(split_part(r.preferred_language, '-', 1)) = :language ")
                + "order by r.last_quick_note_at nulls first, r.id limit 1 for update of r skip locked";
        var query = getEntityManager().createNativeQuery(sql, Recipient.class);
        if (language != null) {
            query.setParameter("language", language);
        }
        @SuppressWarnings("unchecked")
        List<Recipient> found = query.getResultList();
        return found.stream().findFirst();
    }

    public PanacheQuery<Recipient> search(UUID facilityId, CustodyStatus status, Boolean consents,
            Instant updatedSince) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Filters.add(where, params, "facilityId = :facilityId", "facilityId", facilityId);
        Filters.add(where, params, "custodyStatus = :status", "status", status);
        Filters.add(where, params, "consentsToLetters = :consents", "consents", consents);
        Filters.add(where, params, "updatedAt >= :updatedSince", "updatedSince", updatedSince);
        Sort sort = Sort.by("updatedAt").and("id");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }
}
