package org.lettersofhope.letter.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PostalCodeRepository implements PanacheRepositoryBase<PostalCode, PostalCode.Key> {

    public Optional<PostalCode> find(PostalCode.Key key) {
        return findByIdOptional(key);
    }

    /** Adds the rows or replaces those of the same country and code, in one statement per call. */
    public int upsert(List<PostalCode> rows, Instant at) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(
                "insert into postal_code (country, postal_code, region, latitude, longitude, updated_at) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        sql.append(" on conflict (country, postal_code) do update set region = excluded.region, "
                + "latitude = excluded.latitude, longitude = excluded.longitude, updated_at = excluded.updated_at");
        var q = getEntityManager().createNativeQuery(sql.toString());
        int p = 1;
        for (PostalCode r : rows) {
            q.setParameter(p++, r.key.country()).setParameter(p++, r.key.postalCode()).setParameter(p++, r.region)
                    .setParameter(p++, r.latitude).setParameter(p++, r.longitude)
                    .setParameter(p++, Timestamp.from(at));
        }
        return q.executeUpdate();
    }

    /** One district a postal code lies in. */
    public record District(PostalCode.Key key, OfficeLevel level, Chamber chamber, String district) {
    }

    /** The known codes among these, so that a district row names a code the table has. */
    public Set<PostalCode.Key> known(Collection<PostalCode.Key> keys) {
        Set<PostalCode.Key> found = new HashSet<>();
        for (PostalCode.Key k : new LinkedHashSet<>(keys)) {
            if (findByIdOptional(k).isPresent()) {
                found.add(k);
            }
        }
        return found;
    }

    /** Replaces the districts of every code the rows name with those rows. */
    public void replaceDistricts(List<District> rows, Instant at) {
        var em = getEntityManager();
        Set<PostalCode.Key> codes = new LinkedHashSet<>();
        rows.forEach(r -> codes.add(r.key()));
        for (PostalCode.Key k : codes) {
            em.createNativeQuery("delete from postal_district where country = ?1 and postal_code = ?2")
                    .setParameter(1, k.country()).setParameter(2, k.postalCode()).executeUpdate();
        }
        for (District r : rows) {
            em.createNativeQuery("""
                    insert into postal_district (country, postal_code, level, chamber, district, updated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                    .setParameter(1, r.key().country()).setParameter(2, r.key().postalCode())
                    .setParameter(3, r.level().name()).setParameter(4, r.chamber().name())
                    .setParameter(5, r.district()).setParameter(6, Timestamp.from(at)).executeUpdate();
        }
    }

    /** The seats of a postal code, as its districts. */
    public List<OfficialRepository.Seat> seatsOf(PostalCode.Key key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select level, chamber, district from postal_district where country = ?1 and postal_code = ?2
                order by level, chamber, district""").setParameter(1, key.country())
                .setParameter(2, key.postalCode()).getResultList();
        return rows.stream().map(r -> new OfficialRepository.Seat(OfficeLevel.valueOf((String) r[0]),
                Chamber.valueOf((String) r[1]), (String) r[2])).toList();
    }
}
