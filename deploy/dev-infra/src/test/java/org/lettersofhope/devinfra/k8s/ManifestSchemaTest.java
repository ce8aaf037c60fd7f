package org.lettersofhope.devinfra.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * against the Kubernetes API's models, Strimzi's against its CRDs' schemas, CloudNativePG's against the models generated
 * from its CRDs ({@link ManifestSchemas}). The broken copies
 * below prove that an unknown field or a wrong type fails the build.
 */
class ManifestSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ManifestSchemas schemas;

    @BeforeAll
    static void generateStrimziSchemas() {
        schemas = ManifestSchemas.load(Path.of("target", "strimzi-crds"));
    }

    @Test
    void everyManifestMatchesTheSchemaOfItsKind() {
        List<JsonNode> docs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : Manifests.files()) {
            for (JsonNode doc : Manifests.documents(file)) {
                docs.add(doc);
                names.add(file.getFileName() + " " + doc.path("apiVersion").asText() + "/" + doc.path("kind").asText()
                        + " " + Manifests.name(doc));
            }
        }
        List<List<String>> found = schemas.problems(docs);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String name = names.get(i);
            found.get(i).forEach(p -> problems.add(name + ": " + p));
        }
        assertEquals(List.of(), problems);
        assertTrue(docs.size() > 30, "checked only " + docs.size() + " documents");
        assertTrue(names.stream().anyMatch(n -> n.contains("postgresql.cnpg.io/v1/Cluster")), "the Cluster is checked");
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
                        "/spec/authorization/acls/0", "operations", "[\"Publish\"]", "operations/0"),
                Arguments.of("an unknown field in a CloudNativePG Cluster's role", "postgres.yaml", "Cluster",
                        "/spec/managed/roles/0", "loginn", "true", "loginn"),
                Arguments.of("a wrong type in a CloudNativePG Cluster", "postgres.yaml", "Cluster",
                        "/spec", "instances", "\"three\"", "instances"),
                Arguments.of("an unknown reclaim policy in a CloudNativePG Database", "postgres.yaml", "Database",
                        "/spec", "databaseReclaimPolicy", "\"keep\"", "databaseReclaimPolicy"),
                Arguments.of("an unknown field in a CloudNativePG ScheduledBackup", "postgres.yaml", "ScheduledBackup",
                        "/spec", "retention", "\"30d\"", "retention"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenCopies")
    void aBrokenCopyIsRefused(String description, String file, String kind, String pointer, String field,
            String value, String mentioned) throws Exception {
        JsonNode unbroken = Manifests.documents(file).stream().filter(d -> d.path("kind").asText().equals(kind))
                .findFirst().orElseThrow();
        assertTrue(schemas.knows(unbroken));
        ObjectNode doc = unbroken.deepCopy();
        JsonNode parent = doc.at(pointer);
        assertTrue(parent.isObject(), pointer + " is no object in " + kind);
        ((ObjectNode) parent).set(field, JSON.readTree(value));
        List<List<String>> problems = schemas.problems(List.of(unbroken, doc));
        assertEquals(List.of(), problems.get(0), "the unbroken " + kind + " is valid");
        assertFalse(problems.get(1).isEmpty(), "accepted: " + doc);
        assertTrue(problems.get(1).stream().anyMatch(p -> p.contains(mentioned)),
                mentioned + " not named in " + problems.get(1));
    }
}
