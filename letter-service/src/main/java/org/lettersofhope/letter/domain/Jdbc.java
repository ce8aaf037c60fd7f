package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries' rows, whichever Java type the driver and Hibernate chose for them. */
final class Jdbc {

    private Jdbc() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a point in time: " + value.getClass().getSimpleName());
    }
}
