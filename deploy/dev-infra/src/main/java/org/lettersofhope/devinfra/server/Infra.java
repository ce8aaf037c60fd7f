package org.lettersofhope.devinfra.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.lettersofhope.devinfra.DevKeys;
import org.lettersofhope.devinfra.InfraState;

/** PostgreSQL, Kafka and the local JWT keys, started together and stopped in reverse order. */
final class Infra implements AutoCloseable {

    static final List<String> SERVICE_DATABASES = List.of("volunteer", "letter", "tally");

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final InfraState state;

    private Infra(PostgresServer postgres, KafkaBroker kafka, InfraState state) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.state = state;
    }

    /**
     * @param ports 0 picks free ports (tests); fixed ports make the local run predictable
     */
    static Infra start(Path dataDir, int postgresPort, int kafkaPort, int controllerPort, boolean ephemeral,
            long ownerPid) throws IOException {
        Path keys = dataDir.resolve("keys");
        DevKeys.ensure(keys);
        PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), orFree(postgresPort), ephemeral,
                SERVICE_DATABASES);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), orFree(kafkaPort), orFree(controllerPort), ephemeral);
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        InfraState state = new InfraState(ProcessHandle.current().pid(), ownerPid, postgres.port(),
                PostgresServer.SUPERUSER, kafka.bootstrapServers(), keys.resolve(DevKeys.PRIVATE_KEY_FILE),
                keys.resolve(DevKeys.PUBLIC_KEY_FILE));
        return new Infra(postgres, kafka, state);
    }

    InfraState state() {
        return state;
    }

    @Override
    public void close() {
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
