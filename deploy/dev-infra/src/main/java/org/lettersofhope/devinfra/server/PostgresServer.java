package org.lettersofhope.devinfra.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the binaries shipped in a Maven artifact, with one database per service. */
final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir   where the cluster lives; kept between runs unless {@code ephemeral}
     * @param ephemeral a throw-away cluster for tests: no fsync, wiped on start; otherwise every commit is flushed
     */
    static PostgresServer start(Path dataDir, int port, boolean ephemeral, List<String> databases) throws IOException {
        Files.createDirectories(dataDir);
        if (!ephemeral) {
            stopLeftover(dataDir);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(ephemeral)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (!ephemeral) {
            // Durable: the embedded server's own defaults are not (it starts postgres with -F, which turns fsync
            // off, and sets synchronous_commit=off), so both are switched back on here; a later -c wins over -F.
            // And set up as a write-heavy production server is: checkpoints far apart. With the defaults a
            // checkpoint started after every ~540 MB of WAL, once inside the letter benchmark's measurement, and the
            // burst of full-page writes that follows a checkpoint's start held commits up for about 0.1 s.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min");
        } else {
            // Test data is thrown away, so durability is traded for speed.
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        PostgresServer server = new PostgresServer(builder.start());
        server.createDatabases(databases);
        return server;
    }

    /** A previous run killed outright may have left its server running on this data directory: stop it first. */
    private static void stopLeftover(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .ifPresent(h -> {
                    System.out.println("[dev-infra] stopping PostgreSQL left running by an earlier run (pid " + pid + ")");
                    h.destroy();
                    try {
                        h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        h.destroyForcibly();
                    }
                });
    }

    int port() {
        return postgres.getPort();
    }

    private void createDatabases(List<String> databases) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]{0,62}")) {
                    throw new IllegalArgumentException("not a plain database name: " + db);
                }
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, db);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create database " + db);
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the service databases", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
