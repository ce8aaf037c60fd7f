package org.lettersofhope.system;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.LetterKeys;
import org.lettersofhope.devinfra.ServiceProcess;
import org.lettersofhope.devinfra.SharedInfra;

/**
 * The packaged services running as separate processes against the build's real PostgreSQL and Kafka. A test class
 * that changes a service's settings, kills one or counts what it did not make itself starts its own, with databases
 * and consumer groups of its own; the others share one ({@link #shared()}).
 */
final class SystemUnderTest implements AutoCloseable {

    static final Path PROJECT = Path.of(System.getProperty("letters.project.dir", "../..")).toAbsolutePath().normalize();

    final InfraState infra = SharedInfra.ensureRunning(
            Path.of(System.getProperty("letters.infra.dir", PROJECT.resolve("target/test-infra").toString())));
    final String runId = UUID.randomUUID().toString().substring(0, 8);
    /** The mails the services sent to the infrastructure's SMTP server. */
    final org.lettersofhope.devinfra.Mailbox mail = org.lettersofhope.devinfra.Mailbox.of(infra);
    private final List<ServiceProcess> started = new ArrayList<>();

    /** A service definition: module, database and the environment it is started with. */
    final class Service {
        final String module;
        final String database;
        final Map<String, String> env;
        private int starts;
        ServiceProcess process;

        Service(String module, String database) throws IOException {
            this.module = module;
            this.database = database;
            createDatabase(database);
            this.env = ServiceProcess.environment(infra, database, freePort());
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
            env.put("LETTERS_MESSAGING_CONSUMERS_GROUP_PREFIX", "systest-" + runId + "." + module);
            // Static group members, as in deploy/k8s: a restart takes the same instance's partitions back at once.
            env.put("LETTERS_MESSAGING_CONSUMERS_INSTANCE_ID", module + "-1");
            // One test client stands for many people signing up; the per-address limit has a test of its own.
            env.put("LETTERS_RATE_LIMIT", "1000000");
            env.put("LETTERS_RATE_LIMIT_READS", "1000000");
            if (module.equals("letter-service")) {
                // letter-service does not start without its recipient keys; these live as long as this test class.
                env.putAll(LetterKeys.random());
            }
            if (module.equals("volunteer-service")) {
                env.putAll(org.lettersofhope.devinfra.WebhookSealingKey.random());
            }
        }

        /** Another instance of {@code first}: its database, consumer groups and keys, ports of its own. */
        private Service(Service first) throws IOException {
            this.module = first.module;
            this.database = first.database;
            this.env = new java.util.LinkedHashMap<>(first.env);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(freePort()));
            this.instance = first.instance + "-2";
            env.put("LETTERS_MESSAGING_CONSUMERS_INSTANCE_ID", module + "-2");
        }

        private String instance = "";

        /** A second instance of this service, not started: the same database, consumer groups and keys. */
        Service another() throws IOException {
            return new Service(this);
        }

        private final List<Path> logs = new ArrayList<>();

        Service start() throws IOException {
            Path log = PROJECT.resolve("deploy/system-tests/target/system-logs/" + module + instance + "-" + runId + "-"
                    + (++starts) + ".log");
            logs.add(log);
            Files.createDirectories(log.getParent());
            process = ServiceProcess.start(PROJECT, module, env, new PrintStream(Files.newOutputStream(log), true),
                    ServiceProcess.QUICK);
            started.add(process);
            process.awaitReady(Duration.ofSeconds(60));
            return this;
        }

        /** The log file of every start of this service. */
        List<Path> logs() {
            return List.copyOf(logs);
        }

        String url() {
            return process.baseUrl();
        }

        /** Health and metrics: the management interface, apart from the public port. */
        String managementUrl() {
            return process.managementUrl();
        }

        String consumerGroup(String handler) {
            return env.get("LETTERS_MESSAGING_CONSUMERS_GROUP_PREFIX") + "." + handler;
        }
    }

    Service service(String module, String databasePrefix) throws IOException {
        return new Service(module, databasePrefix + "_" + runId);
    }

    private static SystemUnderTest shared;
    private Services sharedServices;

    /**
     * The three services with their default settings, started once for every test class that needs nothing else and
     * stopped when the test JVM exits. Such a class works on data of its own (fresh chapters, regions, campaigns,
     * keys), so what another did before it does not show.
     */
    static synchronized SystemUnderTest shared() throws IOException {
        if (shared == null) {
            SystemUnderTest system = new SystemUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "shared-system-stop"));
            system.sharedServices = system.startAll("shared");
            shared = system;
        }
        return shared;
    }

    /** The services of {@link #shared()}. */
    Services services() {
        return java.util.Objects.requireNonNull(sharedServices, "not the shared system");
    }

    /** The three services, each with a database of its own. */
    record Services(Service volunteers, Service letters, Service tallies) {
    }

    /**
     * All three services started, in the order their events flow, with databases {@code prefix_volunteer},
     * {@code prefix_letter} and {@code prefix_tally}.
     */
    Services startAll(String prefix) throws IOException {
        return new Services(service("volunteer-service", prefix + "_volunteer").start(),
                service("letter-service", prefix + "_letter").start(),
                service("tally-service", prefix + "_tally").start());
    }

    private void createDatabase(String name) throws IOException {
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("postgres"), infra.postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IOException("could not create database " + name, e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A region code no other test uses (ISO 3166-2 shape, country ZZ is user-assigned). */
    static String freshRegion() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder("ZZ-");
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            code.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** A bearer token of the build's key pair, for 20 minutes. */
    String token(UUID subject, String... roles) {
        return "Bearer " + org.lettersofhope.devinfra.DevTokens.sign(infra.jwtPrivateKey(), subject.toString(),
                List.of(roles), null, Duration.ofMinutes(20));
    }

    /** A JSON request to {@code s}, with {@code token} if not null. */
    static io.restassured.specification.RequestSpecification at(Service s, String token) {
        io.restassured.specification.RequestSpecification r = io.restassured.RestAssured.given().baseUri(s.url())
                .contentType(io.restassured.http.ContentType.JSON);
        return token == null ? r : r.header("Authorization", token);
    }

    /** The records on {@code topic} from its beginning, read until one matches {@code until} (20 s at most). */
    List<ConsumerRecord<String, byte[]>> readTopic(String topic, Predicate<ConsumerRecord<String, byte[]>> until) {
        return readTopic(infra.kafkaBootstrapServers(), topic, until);
    }

    /** {@link #readTopic(String, Predicate)} from the broker at {@code bootstrapServers}. */
    static List<ConsumerRecord<String, byte[]>> readTopic(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> until) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(seen::add);
                boolean atEnd = parts.stream().allMatch(p -> c.position(p) >= end.get(p));
                if (atEnd && seen.stream().anyMatch(until)) {
                    break;
                }
                if (atEnd) {
                    end.putAll(c.endOffsets(parts));
                }
            }
        }
        return seen;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
