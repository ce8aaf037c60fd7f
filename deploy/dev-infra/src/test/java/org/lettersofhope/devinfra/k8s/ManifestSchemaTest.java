package org.lettersofhope.devinfra.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
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

    @Test
    void anUnknownFieldInADeploymentIsRefused() {
        ObjectNode deployment = first("volunteer-service.yaml", "Deployment");
        ((ObjectNode) deployment.path("spec").path("template").path("spec")).put("terminationGracePeriod", 60);
        assertRefused(deployment, "terminationGracePeriod");
    }

    @Test
    void aWrongTypeInADeploymentIsRefused() {
        ObjectNode deployment = first("letter-service.yaml", "Deployment");
        ((ObjectNode) deployment.path("spec")).put("revisionHistoryLimit", "ten");
        assertRefused(deployment, "ten");
    }

    @Test
    void anUnknownFieldInANetworkPolicyIsRefused() {
        ObjectNode policy = first("network-policies.yaml", "NetworkPolicy");
        ((ObjectNode) policy.path("spec")).put("namespaceSelector", "all");
        assertRefused(policy, "namespaceSelector");
    }

    @Test
    void anUnknownFieldInAKafkaTopicIsRefused() {
        ObjectNode topic = first("kafka.yaml", "KafkaTopic");
        ((ObjectNode) topic.path("spec")).put("replicationFactor", 3);
        assertRefused(topic, "replicationFactor");
    }

    @Test
    void aWrongTypeInAKafkaNodePoolIsRefused() {
        ObjectNode pool = first("kafka.yaml", "KafkaNodePool");
        ((ObjectNode) pool.path("spec")).put("replicas", "three");
        assertRefused(pool, "replicas");
    }

    @Test
    void aFieldThatKafkaV1DroppedIsRefused() {
        // v1beta2 had spec.kafka.replicas; in v1 the node pools say how many brokers there are.
        ObjectNode kafka = first("kafka.yaml", "Kafka");
        ((ObjectNode) kafka.path("spec").path("kafka")).put("replicas", 3);
        assertRefused(kafka, "replicas");
    }

    @Test
    void aKafkaUserAclWithAnUnknownOperationIsRefused() {
        ObjectNode user = first("kafka-users.yaml", "KafkaUser");
        ((ObjectNode) user.path("spec").path("authorization").path("acls").get(0)).putArray("operations").add("Publish");
        assertRefused(user, "operations/0");
    }

    private static ObjectNode first(String file, String kind) {
        JsonNode doc = Manifests.documents(file).stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow();
        assertTrue(schemas.knows(doc));
        assertEquals(List.of(), schemas.problems(doc), "the unbroken " + kind + " is valid");
        return doc.deepCopy();
    }

    private static void assertRefused(JsonNode broken, String mentioned) {
        List<String> problems = schemas.problems(broken);
        assertFalse(problems.isEmpty(), "accepted: " + broken);
        assertTrue(problems.stream().anyMatch(p -> p.contains(mentioned)), mentioned + " not named in " + problems);
    }
}
