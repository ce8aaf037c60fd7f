package org.lettersofhope.devinfra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that started the infrastructure and then dies by {@code kill -9} leaves no broker or database behind. */
class OrphanFreeTest {

    /** Stands in for a test JVM: starts the infrastructure, prints its pid, then waits to be killed. */
    public static final class Starter {
        public static void main(String[] args) throws Exception {
            InfraState state = SharedInfra.ensureRunning(Path.of(args[0]));
            System.out.println("infra-pid=" + state.pid());
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void killingTheStartingJvmEndsBrokerAndDatabase(@TempDir Path dir) throws Exception {
        String classpath = System.getProperty("java.class.path");
        Process starter = new ProcessBuilder(JavaCommand.javaExecutable(), "-Dletters.infra.owner=self", "-cp",
                classpath, Starter.class.getName(), dir.toString()).redirectErrorStream(true).start();
        long infraPid;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(starter.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("infra-pid="));
            assertTrue(line != null, "the starter did not report the infrastructure");
            infraPid = Long.parseLong(line.substring("infra-pid=".length()));
        }
        ProcessHandle infra = ProcessHandle.of(infraPid).orElseThrow();
        // pg_ctl daemonises PostgreSQL, so it is found through its pid file rather than as a child process.
        Path pidFile = Files.walk(dir).filter(p -> p.getFileName().toString().equals("postmaster.pid")).findFirst()
                .orElseThrow();
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        assertTrue(ProcessHandle.of(postmaster).map(p -> p.info().command().orElse("").endsWith("/postgres"))
                .orElse(false), "PostgreSQL is running");

        starter.destroyForcibly(); // SIGKILL: no shutdown hook runs in the starter
        starter.waitFor(10, TimeUnit.SECONDS);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && (infra.isAlive() || ProcessHandle.of(postmaster).isPresent())) {
            Thread.sleep(100);
        }
        assertFalse(infra.isAlive(), "the infrastructure JVM (Kafka broker) outlived its starter");
        assertFalse(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false),
                "PostgreSQL outlived the starter");
    }
}
