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

    /** Whether the recipient has a pen pal or a pending offer already. */
    public boolean recipientIsTaken(UUID recipientId) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from pen_pal_match m where m.recipient_id = ?1 and m.status = 'ACTIVE'""")
                .setParameter(1, recipientId).getSingleResult()).longValue() > 0
                || count("recipientId = ?1 and status = ?2", recipientId, PenPalOfferStatus.PROPOSED) > 0;
    }

    /** A writer waiting for a new pen pal, and the match whose end left them waiting. */
    public record Waiting(UUID writerId, UUID afterMatchId) {
    }

    /**
     * The eligible writer who has waited longest since their last match ended by release or deportation, with no
     * pen pal, no pending offer and none declined since, writing {@code primaryLanguage}, and never this recipient's
     * pen pal. Rows another transaction is offering are skipped.
     */
    public Optional<Waiting> waitingWriter(UUID recipientId, String primaryLanguage, String guidelinesVersion) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select w.volunteer_id, last.id from writer w
                join lateral (select m.id, m.ended_at, m.end_reason from pen_pal_match m
                              where m.writer_id = w.volunteer_id order by m.matched_at desc, m.id desc limit 1) last
                  on true
                where last.end_reason in ('RELEASED', 'DEPORTED')
                  and w.erased_at is null and w.status = 'ACTIVE' and 'WEEKLY_LETTER_WRITER' = any(w.roles)
                  and w.guidelines_version = ?2
                  and exists (select 1 from unnest(w.languages) l where split_part(lower(l), '-', 1) = ?3)
                  and not exists (select 1 from pen_pal_match a where a.writer_id = w.volunteer_id
                                  and (a.status = 'ACTIVE' or a.recipient_id = ?1))
                  and not exists (select 1 from pen_pal_offer o where o.writer_id = w.volunteer_id
                                  and (o.status = 'PROPOSED'
                                       or (o.status = 'DECLINED' and o.offered_at >= last.ended_at)))
                order by last.ended_at, w.volunteer_id
                limit 1 for update of w skip locked""")
                .setParameter(1, recipientId).setParameter(2, guidelinesVersion).setParameter(3, primaryLanguage)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Waiting((UUID) r[0], (UUID) r[1]));
    }
}
