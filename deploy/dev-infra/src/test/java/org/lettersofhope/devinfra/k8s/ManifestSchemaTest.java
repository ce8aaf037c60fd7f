package org.lettersofhope.devinfra.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every manifest of {@code deploy/k8s} is what the API server accepts under strict field validation: the built-in kinds
 * against the Kubernetes API's models, Strimzi's against its CRDs' schemas ({@link ManifestSchemas}). The broken copies
 * below prove that an unknown field or a wrong type fails the build.
 */
class ManifestSchemaTest {

    /**
     * CloudNativePG's kinds (postgres.yaml): no registry this build may use ships their CRDs or a model of them, so
     * their schema is not checked here; PostgresManifestTest holds their content to the services' settings.
     */
    private static final Set<String> UNCHECKED = Set.of("postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io/v1/ScheduledBackup");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ManifestSchemas schemas;

    @BeforeAll
    static void generateStrimziSchemas() {
        schemas = ManifestSchemas.load(Path.of("target", "strimzi-crds"));
    }

    @Test
    void everyManifestMatchesTheSchemaOfItsKind() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : Manifests.files()) {
            for (JsonNode doc : Manifests.documents(file)) {
                String id = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                if (UNCHECKED.contains(id)) {
                    assertEquals("postgres.yaml", file.getFileName().toString(), id + " outside postgres.yaml");
                    continue;
                }
                checked++;
                schemas.problems(doc).forEach(p -> problems.add(file.getFileName() + " " + id + " "
                        + Manifests.name(doc) + ": " + p));
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 30, "checked only " + checked + " documents");
    }

    /**
     * One broken copy per case: {@code field} set to {@code value} (JSON) in the object at {@code pointer} of the first
     * {@code kind} in {@code file}; the problems must name {@code mentioned}.
     */
    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                Arguments.of("an unknown field in a Deployment", "volunteer-service.yaml", "Deployment",
                        "/spec/template/spec", "terminationGracePeriod", "60", "terminationGracePeriod"),
                Arguments.of("a wrong type in a Deployment", "letter-service.yaml", "Deployment",
                        "/spec", "revisionHistoryLimit", "\"ten\"", "ten"),
                Arguments.of("an unknown field in a NetworkPolicy", "network-policies.yaml", "NetworkPolicy",
                        "/spec", "namespaceSelector", "\"all\"", "namespaceSelector"),
                Arguments.of("an unknown field in a KafkaTopic", "kafka.yaml", "KafkaTopic",
                        "/spec", "replicationFactor", "3", "replicationFactor"),
                Arguments.of("a wrong type in a KafkaNodePool", "kafka.yaml", "KafkaNodePool",
                        "/spec", "replicas", "\"three\"", "replicas"),
                // v1beta2 had spec.kafka.replicas; in v1 the node pools say how many brokers there are.
                Arguments.of("a field that Kafka v1 dropped", "kafka.yaml", "Kafka",
                        "/spec/kafka", "replicas", "3", "replicas"),
                Arguments.of("a KafkaUser ACL with an unknown operation", "kafka-users.yaml", "KafkaUser",
                        "/spec/authorization/acls/0", "operations", "[\"Publish\"]", "operations/0"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenCopies")
    void aBrokenCopyIsRefused(String description, String file, String kind, String pointer, String field,
            String value, String mentioned) throws Exception {
        ObjectNode doc = first(file, kind);
        JsonNode parent = doc.at(pointer);
        assertTrue(parent.isObject(), pointer + " is no object in " + kind);
        ((ObjectNode) parent).set(field, JSON.readTree(value));
        List<String> problems = schemas.problems(doc);
        assertFalse(problems.isEmpty(), "accepted: " + doc);
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioned)), mentioned + " not named in " + problems);
    }

    private static ObjectNode first(String file, String kind) {
        JsonNode doc = Manifests.documents(file).stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow();
        assertTrue(schemas.knows(doc));
        assertEquals(List.of(), schemas.problems(doc), "the unbroken " + kind + " is valid");
        return doc.deepCopy();
    }
}
