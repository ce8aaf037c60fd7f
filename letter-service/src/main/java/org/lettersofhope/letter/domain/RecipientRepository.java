package org.lettersofhope.letter.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.lettersofhope.shared.event.letter.CustodyStatus;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, UUID> {

    public Optional<Recipient> find(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id);
    }

    /** The transaction's connection, for the reads that skip the entity machinery. */
    @Inject
    AgroalDataSource dataSource;

    private static final String CARDS = "select r.id, r.display_name, r.preferred_language, r.custody_status, "
            + "r.consents_to_letters, r.facility_id, f.region from recipient r join facility f on f.id = r.facility_id ";

    /**
     * A recipient's card and their facility's region in one query on the transaction's connection, without loading
     * entities: logging a letter (the service's busiest write) asks for both every time, and managed entities would
     * also be dirty-checked when the transaction flushes.
     */
    public Optional<RecipientCard> card(UUID id) {
        return id == null ? Optional.empty() : cards(List.of(id)).stream().findFirst();
    }

    /** The cards of many recipients in one query (a page of letters or replies); unknown ids are left out. */
    public List<RecipientCard> cards(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(CARDS + "where r.id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<RecipientCard> cards = new ArrayList<>(ids.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cards.add(new RecipientCard(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            CustodyStatus.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getObject(6, UUID.class),
                            rs.getString(7)));
                }
            }
            return cards;
        } catch (SQLException e) {
            throw new IllegalStateException("recipients could not be read", e);
        }
    }

    /** Locks the row: custody and consent changes of one recipient happen one at a time. */
    public Optional<Recipient> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The recipient stored under any of these index values (one per key version during a rotation). One statement,
     * so one snapshot: asking per version would miss a row the re-encryption moves from the retired value to the
     * current one between the two reads.
     */
    public Optional<Recipient> findByANumberLookup(List<byte[]> lookups) {
        return find("aNumberLookup in ?1", lookups).firstResultOptional();
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

    /** A detained, consenting recipient no letter has been logged for since a time. */
    public record Unwritten(UUID recipientId, UUID facilityId, UUID penPalMatchId, Instant registeredAt,
            Instant lastLetterAt) {
    }

    /**
     * Detained recipients who consent to letters and have had none logged (of any kind, from anyone) since
     * {@code before}, registered before it; the longest without first, with their active pen pal's match if any.
     */
    public List<Unwritten> unwrittenSince(Instant before, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select r.id, r.facility_id, m.id, r.created_at, l.last_at from recipient r
                left join lateral (select max(created_at) as last_at from letter where recipient_id = r.id) l on true
                left join pen_pal_match m on m.recipient_id = r.id and m.status = 'ACTIVE'
                where r.custody_status = 'DETAINED' and r.consents_to_letters
                  and coalesce(l.last_at, r.created_at) < ?1
                order by coalesce(l.last_at, r.created_at), r.id offset ?2 limit ?3""")
                .setParameter(1, java.sql.Timestamp.from(before)).setParameter(2, offset).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Unwritten((UUID) r[0], (UUID) r[1], (UUID) r[2], Jdbc.instant(r[3]),
                Jdbc.instant(r[4]))).toList();
    }
}
