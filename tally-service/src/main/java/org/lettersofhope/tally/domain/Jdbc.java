package org.lettersofhope.tally.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Many rows in one statement: columns are passed as arrays and unnested by PostgreSQL. Instants travel as ISO-8601
 * text with their offset and are cast in SQL, so the session's time zone never shifts them.
 */
public final class Jdbc {

    private Jdbc() {
    }

    public static <T> Array uuids(Connection c, List<T> rows, Function<T, java.util.UUID> column) throws SQLException {
        return c.createArrayOf("uuid", rows.stream().map(column).toArray());
    }

    public static <T> Array texts(Connection c, List<T> rows, Function<T, ?> column) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(column).map(v -> v == null ? null : v.toString()).toArray());
    }

    public static <T> Array longs(Connection c, List<T> rows, Function<T, Long> column) throws SQLException {
        return c.createArrayOf("int8", rows.stream().map(column).toArray());
    }

    public static <T> Array instants(Connection c, List<T> rows, Function<T, Instant> column) throws SQLException {
        return texts(c, rows, column);
    }
}
