package org.lettersofhope.letter.domain;

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
public class PenPalOfferRepository implements PanacheRepositoryBase<PenPalOffer, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("offeredAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Descending);

    public Optional<PenPalOffer> find(UUID id) {
        return findByIdOptional(id);
    }

    public Optional<PenPalOffer> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The proposed offers of a writer, or of a recipient, locked for withdrawing them. */
    public List<PenPalOffer> proposedOfWriter(UUID writerId) {
        return find("writerId = ?1 and status = ?2", writerId, PenPalOfferStatus.PROPOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<PenPalOffer> proposedOfRecipient(UUID recipientId) {
        return find("recipientId = ?1 and status = ?2", recipientId, PenPalOfferStatus.PROPOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Offers, newest first, filtered by writer and status. */
    public PanacheQuery<PenPalOffer> search(UUID writerId, PenPalOfferStatus status) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        Filters.add(where, params, "writerId = :writer", "writer", writerId);
        Filters.add(where, params, "status = :status", "status", status);
        return where.isEmpty() ? findAll(NEWEST_FIRST) : find(String.join(" and ", where), NEWEST_FIRST, params);
    }

    /**
     * The recipient who has waited longest for a pen pal among those the writer could write to: detained (or
     * transferred), consenting, with no pen pal and no offer pending, whose language's primary subtag is one of
     * {@code languages}, and who was never this writer's pen pal. Rows another transaction is offering are skipped,
     * so two writers offered at once get different recipients.
     */
    public Optional<UUID> longestWaiting(UUID writerId, List<String> languages) {
        @SuppressWarnings("unchecked")
        List<UUID> found = getEntityManager().createNativeQuery("""
                select r.id from recipient r
                where r.custody_status in ('DETAINED', 'TRANSFERRED') and r.consents_to_letters
                  and split_part(lower(r.preferred_language), '-', 1) = any(string_to_array(?1, ','))
                  and not exists (select 1 from pen_pal_match m
                                  where m.recipient_id = r.id and (m.status = 'ACTIVE' or m.writer_id = ?2))
                  and not exists (select 1 from pen_pal_offer o where o.recipient_id = r.id and o.status = 'PROPOSED')
                order by r.created_at, r.id
                limit 1 for update of r skip locked""", UUID.class)
                .setParameter(1, String.join(",", languages)).setParameter(2, writerId).getResultList();
        return found.stream().findFirst();
    }
}
