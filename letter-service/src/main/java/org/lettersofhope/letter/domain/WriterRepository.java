package org.lettersofhope.letter.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WriterRepository implements PanacheRepositoryBase<Writer, UUID> {

    public Optional<Writer> find(UUID volunteerId) {
        return findByIdOptional(volunteerId);
    }

    /**
     * Finds and locks the writer's row. Matching a writer with a pen pal takes this lock, so that two coordinators
     * matching one writer at once are served one after the other and the second sees the first's match.
     */
    public Optional<Writer> findForUpdate(UUID volunteerId) {
        return Optional.ofNullable(findById(volunteerId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** An eligible writer and how many active pen pals they have of how many they may have. */
    public record Candidate(UUID writerId, int activePenPals, int maxPenPals) {
    }

    /**
     * Writers who could take this recipient: active weekly writers, not erased, who accepted the given guidelines
     * version, write in the language (compared by primary subtag, so pt matches pt-BR) and are below their limit.
     * The least loaded first, then those who accepted the guidelines earliest.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(String primaryLanguage, String guidelinesVersion, int defaultMax, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select w.volunteer_id, count(m.id), coalesce(w.max_pen_pals, :defaultMax)
                from writer w
                left join pen_pal_match m on m.writer_id = w.volunteer_id and m.status = 'ACTIVE'
                where w.erased_at is null and w.status = 'ACTIVE'
                  and 'WEEKLY_LETTER_WRITER' = any(w.roles)
                  and w.guidelines_version = :version
                  and exists (select 1 from unnest(w.languages) l where split_part(l, '-', 1) = :language)
                group by w.volunteer_id
                having count(m.id) < coalesce(w.max_pen_pals, :defaultMax)
                order by count(m.id), min(w.guidelines_accepted_at), w.volunteer_id
                limit :limit""")
                .setParameter("defaultMax", defaultMax)
                .setParameter("version", guidelinesVersion)
                .setParameter("language", primaryLanguage)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new Candidate((UUID) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }
}
