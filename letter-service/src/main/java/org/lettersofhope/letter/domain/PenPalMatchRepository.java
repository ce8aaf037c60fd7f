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
public class PenPalMatchRepository implements PanacheRepositoryBase<PenPalMatch, UUID> {

    public Optional<PenPalMatch> find(UUID id) {
        return findByIdOptional(id);
    }

    public Optional<PenPalMatch> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public long countActiveOfWriter(UUID writerId) {
        return count("writerId = ?1 and status = ?2", writerId, PenPalMatchStatus.ACTIVE);
    }

    public List<PenPalMatch> activeOfWriter(UUID writerId) {
        return find("writerId = ?1 and status = ?2", Sort.by("matchedAt").and("id"), writerId,
                PenPalMatchStatus.ACTIVE).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public boolean recipientHasActive(UUID recipientId) {
        return count("recipientId = ?1 and status = ?2", recipientId, PenPalMatchStatus.ACTIVE) > 0;
    }

    /** The recipient's active match, locked for ending it. */
    public Optional<PenPalMatch> activeOfRecipient(UUID recipientId) {
        return find("recipientId = ?1 and status = ?2", recipientId, PenPalMatchStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The writer's active match of this id: a writer names their pen pal by it. */
    public Optional<PenPalMatch> findActive(UUID matchId, UUID writerId) {
        return find("id = ?1 and writerId = ?2 and status = ?3", matchId, writerId, PenPalMatchStatus.ACTIVE)
                .firstResultOptional();
    }

    /** The writer's active match with this recipient. */
    public Optional<PenPalMatch> activeBetween(UUID writerId, UUID recipientId) {
        return find("writerId = ?1 and recipientId = ?2 and status = ?3", writerId, recipientId,
                PenPalMatchStatus.ACTIVE).firstResultOptional();
    }

    /** The latest match, active or ended, between the writer and the recipient. */
    public Optional<PenPalMatch> latestBetween(UUID writerId, UUID recipientId) {
        return find("writerId = ?1 and recipientId = ?2",
                Sort.by("matchedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), writerId,
                recipientId).firstResultOptional();
    }

    /**
     * Whether the recipient is the current pen pal of a writer the writer projection has in the chapter (of the given
     * writer, unless null).
     */
    public boolean isPenPalInChapter(UUID recipientId, UUID chapterId, UUID writerId) {
        String query = "recipientId = :recipient and status = :status and writerId in "
                + "(select w.volunteerId from Writer w where w.chapterId = :chapter)";
        Map<String, Object> params = new HashMap<>();
        params.put("recipient", recipientId);
        params.put("status", PenPalMatchStatus.ACTIVE);
        params.put("chapter", chapterId);
        if (writerId != null) {
            query += " and writerId = :writer";
            params.put("writer", writerId);
        }
        return count(query, params) > 0;
    }

    /**
     * Matches, newest first, filtered by writer, recipient, status and (for a chapter's staff) the chapter the writer
     * belongs to in the writer projection.
     */
    public PanacheQuery<PenPalMatch> search(UUID writerId, UUID recipientId, PenPalMatchStatus status,
            UUID writersChapter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (writerId != null) {
            where.add("writerId = :writer");
            params.put("writer", writerId);
        }
        if (recipientId != null) {
            where.add("recipientId = :recipient");
            params.put("recipient", recipientId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (writersChapter != null) {
            where.add("writerId in (select w.volunteerId from Writer w where w.chapterId = :chapter)");
            params.put("chapter", writersChapter);
        }
        Sort sort = Sort.by("matchedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** An active match whose writer has not written to its recipient since {@code quietSince}. */
    public record Quiet(UUID matchId, UUID writerId, UUID recipientId, java.time.Instant matchedAt,
            java.time.Instant lastLetterAt) {
    }

    /**
     * Active matches with no letter from the writer to the recipient since {@code before} (and matched before it),
     * the longest quiet first; {@code limit} rows from {@code offset}.
     */
    public List<Quiet> quietSince(java.time.Instant before, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select m.id, m.writer_id, m.recipient_id, m.matched_at, l.last_at from pen_pal_match m
                left join lateral (select max(created_at) as last_at from letter
                                   where writer_id = m.writer_id and recipient_id = m.recipient_id) l on true
                where m.status = 'ACTIVE' and coalesce(l.last_at, m.matched_at) < ?1
                order by coalesce(l.last_at, m.matched_at), m.id offset ?2 limit ?3""")
                .setParameter(1, java.sql.Timestamp.from(before)).setParameter(2, offset).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Quiet((UUID) r[0], (UUID) r[1], (UUID) r[2], Jdbc.instant(r[3]),
                Jdbc.instant(r[4]))).toList();
    }
}
