package org.lettersofhope.devinfra.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/** One Apache Kafka node in KRaft mode acting as both broker and controller. */
final class KafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    static KafkaBroker start(Path logDir, int port, int controllerPort, boolean ephemeral) throws IOException {
        return start(logDir, port, controllerPort, ephemeral, Map.of());
    }

    /**
     * With {@code overrides} replacing or adding broker settings after the defaults, e.g. the SASL listeners and the
     * authorizer of the production layout, which {@code KafkaAclsTest} runs.
     */
    static KafkaBroker start(Path logDir, int port, int controllerPort, boolean ephemeral,
            Map<String, String> overrides) throws IOException {
        Files.createDirectories(logDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toAbsolutePath().toString());
        props.put("num.partitions", "3");
        // Services create the topics they use, with the partition count they expect; a typo must not create one.
        props.put("auto.create.topics.enable", "false");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        if (ephemeral) {
            props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        }
        props.putAll(overrides);
        Path propsFile = logDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by dev-infra");
        }
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(propsFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new KafkaBroker(server, "127.0.0.1:" + port);
    }

    private static void format(Path propsFile) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] { "format", "--config", propsFile.toString(), "--cluster-id",
                    Uuid.randomUuid().toString(), "--standalone" }, out);
        } catch (RuntimeException e) {
            throw new IOException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8), e);
        }
        if (exit != 0) {
            throw new IOException("formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
