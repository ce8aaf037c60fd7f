package org.lettersofhope.devinfra;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One PostgreSQL and one Kafka broker for a whole test run. The first test JVM that asks starts them in a child JVM;
 * later test JVMs of the same Maven run find them through a state file. The child watches the Maven process (or, run
 * from an IDE, the test JVM) and ends itself, its broker and its database when that process is gone, however it ended
 * — {@code kill -9} included.
 */
public final class SharedInfra {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private SharedInfra() {
    }

    /**
     * Synchronized because a file lock excludes other JVMs only: two threads of one test JVM asking at once would
     * overlap on it.
     */
    public static synchronized InfraState ensureRunning(Path baseDir) {
        ProcessHandle owner = owner();
        Path dir = baseDir.resolve(Long.toString(owner.pid()));
        try {
            Files.createDirectories(dir);
            removeStaleRuns(baseDir, dir);
            try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Optional<InfraState> running = InfraState.read(dir).filter(InfraState::isAlive);
                if (running.isPresent()) {
                    return running.get();
                }
                Files.deleteIfExists(dir.resolve(InfraState.FILE));
                return start(dir, owner);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not start the test infrastructure in " + dir, e);
        }
    }

    private static InfraState start(Path dir, ProcessHandle owner) throws IOException {
        boolean ownedBySelf = owner.pid() == ProcessHandle.current().pid();
        List<String> cmd = JavaCommand.infraJvm("org.lettersofhope.devinfra.server.InfraMain",
                List.of("--dir", dir.toString(), "--owner-pid", Long.toString(owner.pid()), "--ephemeral",
                        ownedBySelf ? "--watch-stdin" : "--no-stdin"));
        Path log = dir.resolve("infra.log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Shared with later JVMs: the child must not see end-of-input when this test JVM exits normally.
        pb.redirectInput(ownedBySelf ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = pb.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<InfraState> state = InfraState.read(dir);
            if (state.isPresent() && state.get().pid() == process.pid()) {
                return state.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("test infrastructure exited with " + process.exitValue()
                        + "; its log is " + log + ":\n" + tail(log));
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("test infrastructure not ready after " + START_TIMEOUT + "; see " + log);
    }

    /**
     * The Maven JVM this test JVM was forked from, or this JVM when there is none or when the system property
     * {@code letters.infra.owner} is {@code self}.
     */
    static ProcessHandle owner() {
        if ("self".equals(System.getProperty("letters.infra.owner"))) {
            return ProcessHandle.current();
        }
        Optional<ProcessHandle> p = ProcessHandle.current().parent();
        while (p.isPresent()) {
            String cmd = p.get().info().commandLine().orElse("");
            if (cmd.contains("org.codehaus.plexus.classworlds.launcher.Launcher")) {
                return p.get();
            }
            p = p.get().parent();
        }
        return ProcessHandle.current();
    }

    private static void removeStaleRuns(Path baseDir, Path current) throws IOException {
        try (Stream<Path> runs = Files.list(baseDir)) {
            for (Path run : runs.filter(Files::isDirectory).filter(d -> !d.equals(current)).toList()) {
                boolean live = InfraState.read(run).map(InfraState::isAlive).orElse(false);
                if (!live) {
                    deleteTree(run);
                }
            }
        }
    }

    public static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover folder of a dead run is harmless
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
