package org.lettersofhope.tally.domain;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TallyCounterRepository implements PanacheRepositoryBase<TallyCounter, TallyCounter.Key> {

    public static final String OVERALL = "";

    /** Adds {@code delta} to a cell, creating it at zero first; one statement, safe under concurrent consumers. */
    public void increment(Metric metric, String dimension, String value, long delta) {
        getEntityManager().createNativeQuery("insert into tally_counter (metric, dimension, dimension_value, count, "
                + "updated_at) values (:m, :d, :v, :delta, :at) on conflict (metric, dimension, dimension_value) "
                + "do update set count = tally_counter.count + excluded.count, updated_at = excluded.updated_at")
                .setParameter("m", metric.key())
                .setParameter("d", dimension)
                .setParameter("v", value)
                .setParameter("delta", delta)
                .setParameter("at", Instant.now())
                .executeUpdate();
    }

    public long total(Metric metric) {
        return find("key.metric = ?1 and key.dimension = ?2 and key.dimensionValue = ?2", metric.key(), OVERALL)
                .firstResultOptional().map(c -> c.count).orElse(0L);
    }

    public List<TallyCounter> breakdown(Metric metric, String dimension) {
        return list("key.metric = ?1 and key.dimension = ?2 order by key.dimensionValue", metric.key(), dimension);
    }
}
