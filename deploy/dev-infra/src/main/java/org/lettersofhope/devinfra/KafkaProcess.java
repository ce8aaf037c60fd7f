package org.lettersofhope.devinfra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in a child JVM of its own, for tests that kill the broker ({@code kill -9}) and start it again on the
 * same data and ports. The shared broker of {@link SharedInfra} lives inside the infrastructure JVM and is left alone.
 */
public final class KafkaProcess implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaProcess(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A fresh broker on free ports, its log directory {@code dir} (emptied first). */
    public static KafkaProcess start(Path dir) throws IOException {
        SharedInfra.deleteTree(dir);
        Files.createDirectories(dir);
        KafkaProcess kafka = new KafkaProcess(dir, freePort(), freePort());
        kafka.start();
        return kafka;
    }

    /** Starts the broker (again) on its directory and ports and waits until it serves. */
    public void start() throws IOException {
        Files.deleteIfExists(dir.resolve("ready"));
        List<String> cmd = JavaCommand.infraJvm("org.lettersofhope.devinfra.server.KafkaMain",
                List.of(dir.toString(), Integer.toString(port), Integer.toString(controllerPort)));
        Path log = dir.resolve("kafka.log");
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(dir.resolve("ready"))) {
            if (!process.isAlive()) {
                throw new IOException("Kafka exited with " + process.exitValue() + "; see " + log + ":\n"
                        + SharedInfra.tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("Kafka not ready after 90 s; see " + log);
            }
            SharedInfra.sleep(100);
        }
    }

    /** Ends the broker's JVM at once, as {@code kill -9} would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
