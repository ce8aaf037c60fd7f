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
                BenchRunner.run(which, infra.state(), service, args, out);
            }
        } finally {
            org.lettersofhope.devinfra.SharedInfra.deleteTree(data);
        }
    }
}
