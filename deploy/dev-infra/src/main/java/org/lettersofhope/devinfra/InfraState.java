package org.lettersofhope.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running infrastructure process tells its users: where PostgreSQL, Kafka and the mail server (SMTP to send,
 * POP3 to read back) listen and where the local JWT keys are. Written atomically once every server is ready, so its
 * presence means "ready".
 */
public record InfraState(long pid, long ownerPid, int postgresPort, String postgresUser, String kafkaBootstrapServers,
        Path jwtPrivateKey, Path jwtPublicKey, int smtpPort, int pop3Port) {

    /** Where confirmation links point in the local run and the tests: the frontend a developer would run. */
    public static final String LOCAL_CONFIRMATION_LINK_BASE = "http://localhost:3000/confirm";

    static final String FILE = "infra.properties";

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** The Quarkus configuration that points a service at this infrastructure and its own database. */
    public java.util.Map<String, String> serviceConfig(String database) {
        java.util.Map<String, String> config = new java.util.LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", postgresUser);
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        config.put("letters.jwt.public-key.location", jwtPublicKey.toUri().toString());
        // Services that send mail send it to this SMTP server; the others ignore these.
        config.put("letters.smtp.host", "127.0.0.1");
        config.put("letters.smtp.port", Integer.toString(smtpPort));
        // As environment variables (packaged services run the prod profile, which otherwise insists on STARTTLS
        // and on a configured sender): the local mail server speaks plain SMTP on the loopback address.
        config.put("letters.smtp.start-tls", "DISABLED");
        config.put("letters.mail.from", "Letters of Hope (local) <no-reply@lettersofhope.local>");
        config.put("letters.confirmation.link-base", LOCAL_CONFIRMATION_LINK_BASE);
        return config;
    }

    /** True while the process that wrote this state is still running. */
    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("owner.pid", Long.toString(ownerPid));
        p.setProperty("postgres.port", Integer.toString(postgresPort));
        p.setProperty("postgres.user", postgresUser);
        p.setProperty("kafka.bootstrap.servers", kafkaBootstrapServers);
        p.setProperty("jwt.private-key", jwtPrivateKey.toString());
        p.setProperty("jwt.public-key", jwtPublicKey.toString());
        p.setProperty("smtp.port", Integer.toString(smtpPort));
        p.setProperty("pop3.port", Integer.toString(pop3Port));
        Path tmp = dir.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Letters of Hope local infrastructure");
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static Optional<InfraState> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new InfraState(Long.parseLong(p.getProperty("pid")),
                    Long.parseLong(p.getProperty("owner.pid")), Integer.parseInt(p.getProperty("postgres.port")),
                    p.getProperty("postgres.user"), p.getProperty("kafka.bootstrap.servers"),
                    Path.of(p.getProperty("jwt.private-key")), Path.of(p.getProperty("jwt.public-key")),
                    Integer.parseInt(p.getProperty("smtp.port")), Integer.parseInt(p.getProperty("pop3.port"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
