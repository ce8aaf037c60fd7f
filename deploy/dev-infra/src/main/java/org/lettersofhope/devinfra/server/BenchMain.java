package org.lettersofhope.devinfra.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.lettersofhope.devinfra.ServiceProcess;
import org.lettersofhope.devinfra.bench.BenchRunner;

/**
 * {@code deploy/bench/<service>}: starts a fresh PostgreSQL (durable, as in the local run) and Kafka in a temporary
 * folder, the service under test, runs its benchmark and stops everything.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** Quarkus's own start-up figure from the service's log ("started in 2.345s"), or nothing. */
    private static String quarkusStartedIn(Path log) {
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            return lines.map(l -> java.util.regex.Pattern.compile("started in ([0-9.]+)s").matcher(l))
                    .filter(java.util.regex.Matcher::find).map(m -> " (Quarkus: started in " + m.group(1) + " s)")
                    .findFirst().orElse("");
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "volunteer-service";
        Path project = Path.of(System.getenv().getOrDefault("LETTERS_HOME", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("letters-bench-");
        PrintStream out = System.out;
        out.println("[bench] " + which + " on " + Runtime.getRuntime().availableProcessors() + " cores; data in "
                + data);
        try (Infra infra = Infra.start(data, Infra.Ports.FREE, false, ProcessHandle.current().pid())) {
            // Every public sign-up mails a confirmation link; a minute of intake is tens of thousands of mails that
            // nobody reads here, and they would fill this JVM's heap.
            java.util.concurrent.ScheduledExecutorService purger = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "mail-purge");
                        t.setDaemon(true);
                        return t;
                    });
            purger.scheduleWithFixedDelay(() -> infra.mail().purge(), 10, 10, java.util.concurrent.TimeUnit.SECONDS);
            Path log = data.resolve(which + ".log");
            try (ServiceProcess service = BenchRunner.start(which, project, infra.state(),
                    new PrintStream(Files.newOutputStream(log), true))) {
                service.awaitReady(Duration.ofSeconds(90));
                // Start-up and memory (issue 15, item 4): from the JVM's start (the OS's record of the process) to
                // the first 200 from /q/health/ready (polled every 200 ms); resident memory idle, then at its peak
                // under the benchmark's load, with the CPU time the service used meanwhile.
                long readyMs = ProcessHandle.of(service.pid()).flatMap(p -> p.info().startInstant())
                        .map(t -> Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
                Thread.sleep(5_000);
                long idleKib = org.lettersofhope.devinfra.bench.Footprint.rssKib(service.pid());
                try (org.lettersofhope.devinfra.bench.Footprint load = org.lettersofhope.devinfra.bench.Footprint
                        .sample(service.pid())) {
                    BenchRunner.run(which, infra.state(), service, args, out);
                    out.printf("[bench] %s footprint: ready %d ms after its JVM started%s; resident %d MiB idle, "
                            + "%d MiB at its peak under load; %.1f s of CPU during the benchmark%n", which, readyMs,
                            quarkusStartedIn(log), idleKib / 1024, load.peakKib() / 1024,
                            load.cpuUsed().toMillis() / 1000.0);
                }
            }
        } finally {
            org.lettersofhope.devinfra.SharedInfra.deleteTree(data);
        }
    }
}
