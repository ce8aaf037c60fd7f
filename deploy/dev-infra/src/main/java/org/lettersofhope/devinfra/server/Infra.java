package org.lettersofhope.devinfra.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.lettersofhope.devinfra.DevKeys;
import org.lettersofhope.devinfra.InfraState;

/** PostgreSQL, Kafka, a mail server and the local JWT keys, started together and stopped in reverse order. */
final class Infra implements AutoCloseable {

    static final List<String> SERVICE_DATABASES = List.of("volunteer", "letter", "tally");

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final InfraState state;

    private Infra(PostgresServer postgres, KafkaBroker kafka, MailServer mail, InfraState state) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.state = state;
    }

    /** Where a server listens: 0 picks a free port (tests), a fixed one makes the local run predictable. */
    record Ports(int postgres, int kafka, int kafkaController, int smtp, int pop3) {
        static final Ports FREE = new Ports(0, 0, 0, 0, 0);
    }

    static Infra start(Path dataDir, Ports ports, boolean ephemeral, long ownerPid) throws IOException {
        Path keys = dataDir.resolve("keys");
        DevKeys.ensure(keys);
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), orFree(ports.postgres()),
                ephemeral, SERVICE_DATABASES);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), orFree(ports.kafka()),
                    orFree(ports.kafkaController()), ephemeral);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        MailServer mail;
        try {
            mail = MailServer.start(orFree(ports.smtp()), orFree(ports.pop3()));
        } catch (IOException | RuntimeException e) {
            kafka.close();
            postgres.close();
            throw e;
        }
        InfraState state = new InfraState(ProcessHandle.current().pid(), ownerPid, postgres.port(),
                PostgresServer.SUPERUSER, kafka.bootstrapServers(), keys.resolve(DevKeys.PRIVATE_KEY_FILE),
                keys.resolve(DevKeys.PUBLIC_KEY_FILE), mail.smtpPort(), mail.pop3Port());
        return new Infra(postgres, kafka, mail, state);
    }

    InfraState state() {
        return state;
    }

    MailServer mail() {
        return mail;
    }

    @Override
    public void close() {
        try {
            mail.close();
        } catch (RuntimeException e) {
            System.err.println("[dev-infra] the mail server did not stop cleanly: " + e);
        }
        try {
            kafka.close();
        } catch (RuntimeException e) {
            System.err.println("[dev-infra] Kafka did not stop cleanly: " + e);
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("[dev-infra] PostgreSQL did not stop cleanly: " + e);
        }
    }

    private static int orFree(int port) throws IOException {
        if (port != 0) {
            return port;
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
