package org.lettersofhope.devinfra.server;

import java.nio.file.Files;
import java.nio.file.Path;

import org.lettersofhope.devinfra.ParentWatchAgent;

/**
 * A Kafka broker alone in a JVM of its own, so that a test can kill it outright ({@code kill -9}) and start it again
 * on the same log directory and ports: {@code --dir --port --controller-port}. Writes {@code ready} in its directory
 * once it serves; ends when its standard input closes (the test JVM that started it is gone).
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        // Flushing is left to the operating system (Kafka's default): a killed process loses nothing it wrote.
        KafkaBroker broker = KafkaBroker.start(dir, port, controllerPort, false);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
        ParentWatchAgent.watchStdin(() -> System.exit(0));
        Files.writeString(dir.resolve("ready"), Long.toString(ProcessHandle.current().pid()));
        System.out.println("[dev-infra] Kafka ready on " + broker.bootstrapServers());
        Thread.currentThread().join();
    }
}
