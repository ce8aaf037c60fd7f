package org.lettersofhope.letter.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
}
