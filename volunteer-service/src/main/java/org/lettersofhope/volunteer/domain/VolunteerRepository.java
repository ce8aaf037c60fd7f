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
     * Plain JDBC on the transaction's connection: through a native query, Hibernate's handling of the function's void
     * result cost a fifth of a sign-up's time.
     */
    public void lockEmail(String normalizedEmail) {
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                ps.setString(1, "volunteer-email:" + normalizedEmail);
                ps.execute();
            }
        });
    }

    /** The volunteers with these (lower-cased) emails, locked for the caller's transaction. */
    public List<Volunteer> lockByEmails(java.util.Collection<String> emails) {
        return find("email in ?1", emails).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * What an upsert by email did: the row's id and chapter, whether it was new, and — when it existed before this
     * statement could see it — the values other services know of it, to tell whether they changed.
     */
    public record Upsert(UUID id, boolean inserted, UUID chapterId, String[] rolesBefore, String[] languagesBefore,
            String regionBefore, UUID chapterBefore, boolean seenBefore) {
    }

    private static final String COLUMNS = "id, first_name, last_name, email, phone, postal_code, city, region, "
            + "country, languages, roles, skills, interests, hours_per_week, availability, heard_from, "
            + "contact_consent, contact_consent_at, chapter_id, status, search_text, created_at, updated_at, version";

    /**
     * Inserts the volunteer, or updates the one with the same email, in one statement that also returns what was
     * there before. The public
     * intake takes this path because it is its hottest; {@code v.chapterId}, when set, replaces the chapter.
     */
    public Upsert upsertByEmail(Volunteer v) {
        v.indexForSearch();
        // The lock on the email serialises sign-ups with one email, so that "existing" — read from the statement's
        // snapshot, before the upsert — is what the previous one left.
        lockEmail(v.email);
        String sql = "with existing as (select roles, languages, region, chapter_id from volunteer "
                + "where email = ?), upserted as (insert into volunteer (" + COLUMNS + ") values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
                + "on conflict (email) where email is not null do update set first_name = excluded.first_name, "
                + "last_name = excluded.last_name, phone = excluded.phone, postal_code = excluded.postal_code, "
                + "city = excluded.city, region = excluded.region, country = excluded.country, "
                + "languages = excluded.languages, roles = excluded.roles, skills = excluded.skills, "
                + "interests = excluded.interests, hours_per_week = excluded.hours_per_week, "
                + "availability = excluded.availability, heard_from = excluded.heard_from, "
                + "contact_consent = excluded.contact_consent, contact_consent_at = case "
                + "when not excluded.contact_consent then null "
                + "when volunteer.contact_consent then volunteer.contact_consent_at "
                + "else excluded.contact_consent_at end, "
                + "chapter_id = coalesce(excluded.chapter_id, volunteer.chapter_id), "
                + "search_text = excluded.search_text, updated_at = excluded.updated_at, "
                + "version = volunteer.version + 1 "
                + "returning id, (xmax = 0) as inserted, chapter_id) "
                + "select u.id, u.inserted, u.chapter_id, e.roles, e.languages, e.region, e.chapter_id, "
                + "e.region is not null from upserted u left join existing e on true";
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                st.setString(i++, v.email);
                st.setObject(i++, v.id);
                st.setString(i++, v.firstName);
                st.setString(i++, v.lastName);
                st.setString(i++, v.email);
                st.setString(i++, v.phone);
                st.setString(i++, v.postalCode);
                st.setString(i++, v.city);
                st.setString(i++, v.region);
                st.setString(i++, v.country);
                st.setArray(i++, c.createArrayOf("text", v.languages));
                st.setArray(i++, c.createArrayOf("text", v.roles));
                st.setArray(i++, c.createArrayOf("text", v.skills));
                st.setArray(i++, c.createArrayOf("text", v.interests));
                st.setObject(i++, v.hoursPerWeek, java.sql.Types.SMALLINT);
                st.setArray(i++, c.createArrayOf("text", v.availability));
                st.setString(i++, v.heardFrom);
                st.setBoolean(i++, v.contactConsent);
                st.setTimestamp(i++, v.contactConsentAt == null ? null : java.sql.Timestamp.from(v.contactConsentAt));
                st.setObject(i++, v.chapterId);
                st.setString(i++, v.status.name());
                st.setString(i++, v.searchText);
                st.setTimestamp(i++, java.sql.Timestamp.from(v.createdAt));
                st.setTimestamp(i++, java.sql.Timestamp.from(v.updatedAt));
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Upsert(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getObject(3, UUID.class),
                            strings(rs.getArray(4)), strings(rs.getArray(5)), rs.getString(6),
                            rs.getObject(7, UUID.class), rs.getBoolean(8));
                }
            }
        });
    }

    private static String[] strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /**
     * Active volunteers who could take the task and hold no place in it yet, best fit first: of its chapter (every
     * chapter for a task of headquarters), of its region where it names one, speaking one of its languages where it
     * names any, and, where it asks for skills, with one of them among their skills or interests. A skill counts
     * three, an interest or a matching time of the week one; more hours a week break ties.
     */
    @SuppressWarnings("unchecked")
    public List<Volunteer> suggestFor(VolunteerTask t, int limit) {
        StringBuilder where = new StringBuilder(" where v.erased_at is null and v.status = 'ACTIVE' and not exists ("
                + "select 1 from task_signup s where s.task_id = :task and s.volunteer_id = v.id "
                + "and s.status <> 'WITHDRAWN')");
        if (t.chapterId != null) {
            where.append(" and v.chapter_id = :chapter");
        }
        if (t.region != null) {
            where.append(" and v.region = :region");
        }
        if (t.languages.length > 0) {
            where.append(" and v.languages && string_to_array(:languages, ',')");
        }
        if (t.skills.length > 0) {
            where.append(" and (v.skills && string_to_array(:skills, ',') or v.interests && string_to_array(:skills, ','))");
        }
        // Tags never hold a comma (VolunteerForm.TAG), so a comma-joined list is an exact array of them.
        String order = " order by 3 * cardinality(array(select unnest(v.skills) intersect select unnest(string_to_array(:skills, ','))))"
                + " + cardinality(array(select unnest(v.interests) intersect select unnest(string_to_array(:skills, ','))))"
                + " + cardinality(array(select unnest(v.availability) intersect select unnest(string_to_array(:availability, ','))))"
                + " desc, v.hours_per_week desc nulls last, v.id";
        Query q = getEntityManager().createNativeQuery("select v.* from volunteer v" + where + order + " limit :limit",
                Volunteer.class)
                .setParameter("task", t.id)
                .setParameter("skills", String.join(",", t.skills))
                .setParameter("availability", String.join(",", t.availability))
                .setParameter("limit", limit);
        if (t.chapterId != null) {
            q.setParameter("chapter", t.chapterId);
        }
        if (t.region != null) {
            q.setParameter("region", t.region);
        }
        if (t.languages.length > 0) {
            q.setParameter("languages", String.join(",", t.languages));
        }
        return q.getResultList();
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
