package org.lettersofhope.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A pod that Kubernetes stops first leaves the load balancers (preStop), then lets its requests and consumer batches
 * finish (quarkus.shutdown.timeout, and up to 15 s for the consumers), all within the grace period before the kill.
 */
class GracefulShutdownManifestTest {

    private static final Duration CONSUMERS_STOP = Duration.ofSeconds(15);

    @Test
    void everyServiceStopsWithinItsGracePeriodAfterLeavingRotation() throws Exception {
        Path root = KafkaAcls.locate().getParent().getParent().getParent();
        Duration shutdown = shutdownTimeout(root.resolve(
                "service-commons/src/main/resources/META-INF/microprofile-config.properties"));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String service : List.of("volunteer-service", "letter-service", "tally-service")) {
            JsonNode deployment = null;
            try (var parser = yaml.getFactory().createParser(root.resolve("deploy/k8s/" + service + ".yaml").toFile())) {
                for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
                    if (doc != null && "Deployment".equals(doc.path("kind").asText())) {
                        deployment = doc;
                    }
                }
            }
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode preStop = pod.path("containers").path(0).path("lifecycle").path("preStop").path("exec")
                    .path("command");
            assertEquals("sleep", preStop.path(0).asText(), service + " pauses before stopping");
            Duration pause = Duration.ofSeconds(preStop.path(1).asLong());
            assertTrue(pause.toSeconds() >= 5, service + " gives the endpoints time to drop it");
            Duration grace = Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong());
            assertTrue(grace.compareTo(pause.plus(shutdown).plus(CONSUMERS_STOP)) >= 0,
                    service + ": grace " + grace + " < " + pause + " + " + shutdown + " + " + CONSUMERS_STOP);
        }
    }

    private static Duration shutdownTimeout(Path config) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(config)) {
            p.load(r);
        }
        String value = p.getProperty("quarkus.shutdown.timeout");
        assertTrue(value != null, "quarkus.shutdown.timeout is set");
        Matcher m = Pattern.compile("(?:\\$\\{[A-Z_]+:)?(\\d+)s}?").matcher(value);
        assertTrue(m.matches(), "shutdown timeout in seconds: " + value);
        return Duration.ofSeconds(Long.parseLong(m.group(1)));
    }
}
