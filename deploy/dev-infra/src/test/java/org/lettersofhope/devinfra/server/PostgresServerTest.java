package org.lettersofhope.devinfra.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's and the benchmarks' PostgreSQL must really be durable: the embedded server's defaults turn fsync and
 * synchronous commit off, and that went unnoticed once.
 */
class PostgresServerTest {

    @Test
    void keptClusterFlushesEveryCommitToDisk(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, false, List.of("probe"))) {
            assertEquals("on", setting(server, "fsync"));
            assertEquals("on", setting(server, "synchronous_commit"));
            assertEquals("on", setting(server, "full_page_writes"));
        }
    }

    @Test
    void throwAwayClusterTradesDurabilityForSpeed(@TempDir Path dir) throws Exception {
        try (PostgresServer server = PostgresServer.start(dir.resolve("pg"), 0, true, List.of("probe"))) {
            assertEquals("off", setting(server, "fsync"));
            assertEquals("off", setting(server, "synchronous_commit"));
        }
    }

    private static String setting(PostgresServer server, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/probe",
                PostgresServer.SUPERUSER, ""); ResultSet rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
