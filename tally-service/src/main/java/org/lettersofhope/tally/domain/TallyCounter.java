package org.lettersofhope.tally.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One counted cell: a metric, overall or broken down by one dimension (region, chapter…). */
@Entity
@Table(name = "tally_counter")
public class TallyCounter {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public long count;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false)
        public String metric;

        @Column(nullable = false)
        public String dimension;

        @Column(name = "dimension_value", nullable = false)
        public String dimensionValue;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && metric.equals(k.metric) && dimension.equals(k.dimension)
                    && dimensionValue.equals(k.dimensionValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(metric, dimension, dimensionValue);
        }
    }
}
