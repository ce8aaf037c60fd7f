package org.lettersofhope.devinfra.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.ServiceProcess;

/** Which benchmark belongs to which service. */
public final class BenchRunner {

    private BenchRunner() {
    }

    public static ServiceProcess start(String which, Path project, InfraState infra, PrintStream log)
            throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return switch (which) {
            case "volunteer-service" -> ServiceProcess.start(project, which, VolunteerBenchmark.serviceEnv(infra, port),
                    log, jvmOptions());
            case "tally-service" -> ServiceProcess.start(project, which, TallyBenchmark.serviceEnv(infra, port), log,
                    jvmOptions());
            case "letter-service" -> ServiceProcess.start(project, which, LetterBenchmark.serviceEnv(infra, port), log,
                    jvmOptions());
            case "webhooks" -> ServiceProcess.start(project, "volunteer-service",
                    WebhookBenchmark.serviceEnv(infra, port), log, jvmOptions());
            default -> throw new IllegalArgumentException("no benchmark for " + which);
        };
    }

    /** The service's JVM options, plus LETTERS_BENCH_JVM_OPTS (e.g. a Flight Recorder setting to profile it). */
    static java.util.List<String> jvmOptions() {
        java.util.List<String> options = new java.util.ArrayList<>(ServiceProcess.RUN);
        String extra = System.getenv("LETTERS_BENCH_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(java.util.List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    public static void run(String which, InfraState infra, ServiceProcess service, String[] args, PrintStream out)
            throws Exception {
        if ("tally-service".equals(which)) {
            long entries = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
            double reportRate = args.length > 2 ? Double.parseDouble(args[2]) : 1500;
            double eventRate = args.length > 3 ? Double.parseDouble(args[3]) : 1000;
            Duration seconds = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 30);
            TallyBenchmark.run(infra, service, entries, reportRate, eventRate, seconds, out);
            return;
        }
        if ("webhooks".equals(which)) {
            int subscriptions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
            double rate = args.length > 2 ? Double.parseDouble(args[2]) : 200;
            Duration seconds = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
            WebhookBenchmark.run(infra, service, subscriptions, rate, seconds, out);
            return;
        }
        if ("letter-service".equals(which)) {
            int recipients = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
            double logRate = args.length > 2 ? Double.parseDouble(args[2]) : 1500;
            Duration seconds = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
            LetterBenchmark.run(infra, service, recipients, logRate, seconds, out);
            return;
        }
        int volunteers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 1000;
        Duration intake = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
        VolunteerBenchmark.run(infra, service, volunteers, intake, rate, out);
    }
}
