package org.lettersofhope.devinfra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the system running as its own packaged JVM ({@code target/quarkus-app/quarkus-run.jar}), as the
 * local run and the system tests start it. Its standard input is a pipe from this process, watched by
 * {@link ParentWatchAgent}, so it ends when its starter does.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    /**
     * @param projectDir the repository root
     * @param name       the module, e.g. {@code volunteer-service}
     * @param env        configuration as environment variables (QUARKUS_HTTP_PORT and QUARKUS_MANAGEMENT_PORT must
     *                   be among them)
     * @param output     where the service's log lines go, each prefixed with its short name
     */
    public static ServiceProcess start(Path projectDir, String name, Map<String, String> env, PrintStream output)
            throws IOException {
        return start(projectDir, name, env, output, RUN);
    }

    /** JVM settings for a long run (local use, benchmarks): full JIT, a throughput collector. */
    public static final List<String> RUN = List.of("-Xms128m", "-Xmx768m", "-XX:+UseParallelGC");
    /** JVM settings for short-lived test instances: quick start, small footprint. */
    public static final List<String> QUICK = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    public static ServiceProcess start(Path projectDir, String name, Map<String, String> env, PrintStream output,
            List<String> jvmOptions) throws IOException {
        Path jar = projectDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaCommand.javaExecutable());
        cmd.addAll(jvmOptions);
        Path agent = JavaCommand.devInfraLocation();
        if (Files.isRegularFile(agent)) {
            cmd.add("-javaagent:" + agent);
        }
        cmd.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().putAll(env);
        Process process = pb.start();
        String prefix = "[" + name.replace("-service", "") + "] ";
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.println(prefix + line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "log-" + name);
        pump.setDaemon(true);
        pump.start();
        return new ServiceProcess(name, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")),
                Integer.parseInt(env.get("QUARKUS_MANAGEMENT_PORT")), process);
    }

    /**
     * The environment that points a service at the given infrastructure. The packaged service serves health and
     * metrics on a management port of its own; here it is the HTTP port + 1000 (9081 for 8081, as configured).
     */
    public static Map<String, String> environment(InfraState infra, String database, int httpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(httpPort + 1000));
        // MicroProfile Config's environment-variable form of each property name.
        infra.serviceConfig(database).forEach((property, value) -> env.put(
                property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        return env;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where health and metrics are (the management interface; not on the public port in production). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} on the management port answers 200. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            SharedInfra.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + timeout);
    }

    /** Ends the JVM at once, as a crash or {@code kill -9} would: no shutdown hooks, no clean consumer close. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    /** Graceful stop (SIGTERM), forcibly after a grace period. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(Duration.ofSeconds(20))) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(5));
        }
    }

    private boolean waitFor(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
