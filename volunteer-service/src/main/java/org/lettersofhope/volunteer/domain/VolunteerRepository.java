package org.lettersofhope.volunteer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    /** @param normalizedEmail an email already lower-cased */
    public Optional<Volunteer> findByEmail(String normalizedEmail) {
        return find("email", normalizedEmail).firstResultOptional();
    }

    /**
     * Finds and locks, so that concurrent sign-ups with one email wait for each other instead of failing: a lock on
     * the email itself covers the case where no row exists yet, the row lock the case where it does.
     */
    public Optional<Volunteer> findByEmailForUpdate(String normalizedEmail) {
        lockEmail(normalizedEmail);
        return find("email", normalizedEmail).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public void lockEmail(String normalizedEmail) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:email, 0))")
                .setParameter("email", "volunteer-email:" + normalizedEmail).getSingleResult();
    }

    /** The volunteers with these (lower-cased) emails, locked for the caller's transaction. */
    public List<Volunteer> lockByEmails(java.util.Collection<String> emails) {
        return find("email in ?1", emails).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<Volunteer> findLive(UUID id) {
        return find("id = ?1 and erasedAt is null", id).firstResultOptional();
    }

    /** Up to {@code limit + 1} volunteers (the extra one tells that a next page exists), and the total if counted. */
    public record Found(List<Volunteer> items, Long total) {
    }

    /**
     * Filtered, sorted, paged search over volunteers who have not been erased. Counting all matches costs more than
     * finding a page, so it is done only when asked for.
     */
    @SuppressWarnings("unchecked")
    public Found search(VolunteerSearch s) {
        StringBuilder where = new StringBuilder(" where erased_at is null");
        List<Object[]> params = new ArrayList<>();
        if (s.scopeChapter() != null) {
            where.append(" and chapter_id = :scope");
            params.add(new Object[] { "scope", s.scopeChapter() });
        }
        if (s.chapterId() != null) {
            where.append(" and chapter_id = :chapter");
            params.add(new Object[] { "chapter", s.chapterId() });
        }
        if (s.role() != null) {
            where.append(" and roles @> array[cast(:role as text)]");
            params.add(new Object[] { "role", s.role().name() });
        }
        if (s.skill() != null) {
            where.append(" and skills @> array[cast(:skill as text)]");
            params.add(new Object[] { "skill", s.skill() });
        }
        if (s.language() != null) {
            where.append(" and languages @> array[cast(:language as text)]");
            params.add(new Object[] { "language", s.language() });
        }
        if (s.availability() != null) {
            where.append(" and availability @> array[cast(:availability as text)]");
            params.add(new Object[] { "availability", s.availability().name() });
        }
        if (s.status() != null) {
            where.append(" and status = :status");
            params.add(new Object[] { "status", s.status().name() });
        }
        if (s.region() != null) {
            where.append(" and region = :region");
            params.add(new Object[] { "region", s.region() });
        }
        if (s.minHoursPerWeek() != null) {
            where.append(" and hours_per_week >= :hours");
            params.add(new Object[] { "hours", s.minHoursPerWeek() });
        }
        if (s.updatedSince() != null) {
            where.append(" and updated_at >= :since");
            params.add(new Object[] { "since", s.updatedSince() });
        }
        String tsquery = toPrefixQuery(s.text());
        if (tsquery != null) {
            where.append(" and search @@ to_tsquery('simple', :text)");
            params.add(new Object[] { "text", tsquery });
        }
        // Plain ASC/DESC on both columns, so that the (column, id) indexes give the order without sorting.
        String direction = s.descending() ? " desc" : " asc";
        String order = " order by " + s.sort().column + direction + ", id" + direction;
        Query select = getEntityManager().createNativeQuery("select * from volunteer" + where + order
                + " limit :limit offset :offset", Volunteer.class);
        Query count = s.countTotal() ? getEntityManager().createNativeQuery("select count(*) from volunteer" + where)
                : null;
        for (Object[] p : params) {
            select.setParameter((String) p[0], p[1]);
            if (count != null) {
                count.setParameter((String) p[0], p[1]);
            }
        }
        select.setParameter("limit", s.limit() + 1).setParameter("offset", s.offset());
        return new Found(select.getResultList(),
                count == null ? null : ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Free text as a prefix match of every word: "mar lop" finds "Maria Lopez". Only letters and digits reach the
     * query, so no tsquery syntax can be injected.
     */
    static String toPrefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < 8) {
                terms.add(word + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
