package org.lettersofhope.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Crashes the build's PostgreSQL ({@code pg_ctl stop -m immediate}: every server process quits at once, nothing is
 * flushed or checkpointed, the next start runs crash recovery) and starts it again on the same data directory, port
 * and settings (pg_ctl reads them back from {@code postmaster.opts}). Found through the server itself, so it works on
 * the server {@link SharedInfra} started as on any other.
 */
public final class PostgresCrash {

    private final Path dataDir;
    private final Path pgCtl;

    private PostgresCrash(Path dataDir, Path pgCtl) {
        this.dataDir = dataDir;
        this.pgCtl = pgCtl;
    }

    /** The server {@code infra} points at. */
    public static PostgresCrash of(InfraState infra) throws IOException {
        Path dataDir;
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("postgres"), infra.postgresUser(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            dataDir = Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IOException("could not ask PostgreSQL for its data directory", e);
        }
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        Path postgres = Path.of(ProcessHandle.of(pid).flatMap(h -> h.info().command())
                .orElseThrow(() -> new IOException("no command line for the postmaster " + pid)));
        return new PostgresCrash(dataDir, postgres.resolveSibling("pg_ctl"));
    }

    /** Immediate stop: like a crash of the server, without losing what the operating system already holds. */
    public void crash() throws IOException {
        pgCtl("-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
    }

    /** Starts the server again with the options of its last start, and waits until it accepts connections. */
    public void restart() throws IOException {
        pgCtl("-D", dataDir.toString(), "-w", "-t", "60", "-l", dataDir.resolveSibling("postgres-restart.log")
                .toString(), "restart");
    }

    private void pgCtl(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // pg_ctl refuses to run as root; as the embedded server's own start did, run it in a user namespace.
            cmd.addAll(List.of("unshare", "-U"));
        }
        cmd.add(pgCtl.toString());
        cmd.addAll(List.of(args));
        Path log = dataDir.resolveSibling("pg_ctl.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("pg_ctl " + String.join(" ", args) + " did not finish; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("pg_ctl " + String.join(" ", args) + " exited with " + p.exitValue() + ":\n"
                    + SharedInfra.tail(log));
        }
    }
}
