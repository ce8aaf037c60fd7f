package org.lettersofhope.devinfra.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.lettersofhope.devinfra.LetterKeys;
import org.lettersofhope.devinfra.ServiceProcess;

/**
 * {@code deploy/local/up}: PostgreSQL, Kafka, a mail server and the three services in the foreground. Data is kept in
 * {@code deploy/local/.data} (or {@code LETTERS_DATA_DIR}) between runs. Ctrl-C or SIGTERM stops the services, then
 * Kafka, then PostgreSQL; the services also stop by themselves if this JVM is killed outright.
 */
public final class LocalUp {

    record Service(String module, String database, String portVariable, int defaultPort) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("volunteer-service", "volunteer", "LETTERS_VOLUNTEER_PORT", 8081),
            new Service("letter-service", "letter", "LETTERS_LETTER_PORT", 8082),
            new Service("tally-service", "tally", "LETTERS_TALLY_PORT", 8083));

    private LocalUp() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path project = Path.of(env("LETTERS_HOME", ".")).toAbsolutePath().normalize();
        Path data = Path.of(env("LETTERS_DATA_DIR", project.resolve("deploy/local/.data").toString()));
        Files.createDirectories(data);

        System.out.println("[up] starting PostgreSQL, Kafka and the mail server (data in " + data + ")");
        Infra.Ports ports = new Infra.Ports(port("LETTERS_PG_PORT", 5433), port("LETTERS_KAFKA_PORT", 9092),
                port("LETTERS_KAFKA_CONTROLLER_PORT", 9093), port("LETTERS_SMTP_PORT", 2525),
                port("LETTERS_POP3_PORT", 1110));
        Infra infra = Infra.start(data, ports, false, ProcessHandle.current().pid());
        List<ServiceProcess> running = new CopyOnWriteArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[up] stopping");
            for (int i = running.size() - 1; i >= 0; i--) {
                running.get(i).close();
            }
            infra.close();
            System.out.println("[up] stopped");
            stopped.countDown();
        }, "local-up-shutdown"));
        infra.state().write(data);

        for (Service s : SERVICES) {
            Map<String, String> env = ServiceProcess.environment(infra.state(), s.database(),
                    port(s.portVariable(), s.defaultPort()));
            env.put("LETTERS_CORS_ORIGINS", env("LETTERS_CORS_ORIGINS", "http://localhost:3000"));
            // Read by people in a terminal: plain lines unless asked for the production JSON.
            env.put("LETTERS_LOG_JSON", env("LETTERS_LOG_JSON", "false"));
            if (s.module().equals("letter-service")) {
                env.putAll(LetterKeys.ensure(data.resolve("keys")));
            }
            if (s.module().equals("volunteer-service")) {
                env.putAll(org.lettersofhope.devinfra.WebhookSealingKey.ensure(data.resolve("keys")));
            }
            running.add(ServiceProcess.start(project, s.module(), env, System.out));
        }
        for (ServiceProcess p : running) {
            p.awaitReady(Duration.ofSeconds(150));
        }
        System.out.println();
        System.out.println("[up] ready in " + Duration.between(started, Instant.now()).toMillis() / 1000.0 + " s:");
        for (ServiceProcess p : running) {
            System.out.printf("[up]   %-18s %s/api   Swagger UI %s/q/swagger-ui   health %s/q/health%n", p.name(),
                    p.baseUrl(), p.baseUrl(), p.managementUrl());
        }
        System.out.println("[up]   PostgreSQL 127.0.0.1:" + infra.state().postgresPort() + " (user postgres, "
                + "databases volunteer, letter, tally); Kafka " + infra.state().kafkaBootstrapServers());
        System.out.println("[up]   mail: the services send to SMTP 127.0.0.1:" + infra.state().smtpPort()
                + "; read a mailbox over POP3 at 127.0.0.1:" + infra.state().pop3Port()
                + " (login and password: the address), kept in memory until Ctrl-C");
        System.out.println("[up]   a headquarters token: deploy/local/token --role coordinator --role headquarters    "
                + "Ctrl-C stops everything");
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static int port(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }
}
