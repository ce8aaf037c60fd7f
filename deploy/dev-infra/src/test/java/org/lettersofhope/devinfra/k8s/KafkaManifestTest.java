package org.lettersofhope.devinfra.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.KafkaAcls;
import org.lettersofhope.devinfra.KafkaAcls.Operation;
import org.lettersofhope.devinfra.KafkaAcls.Resource;
import org.lettersofhope.shared.event.Topics;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kafka.yaml declares exactly the backbone of shared-model's {@link Topics}, with the settings the services create
 * topics with in development (KafkaClients): replication 3, min.insync.replicas=2, compaction where
 * {@link Topics#isCompacted} says so and unlimited retention elsewhere; and the services are wired to that cluster.
 */
class KafkaManifestTest {

    @Test
    void everyTopicOfTheBackboneHasAKafkaTopicAndNoOtherExists() {
        Set<String> declared = Manifests.ofKind("KafkaTopic").stream().map(KafkaManifestTest::topicName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Topics.all()), declared);
    }

    @Test
    void eachKafkaTopicHasTheBackbonesReplicationPartitionsAndRetention() {
        String partitions = common().path("LETTERS_MESSAGING_TOPIC_PARTITIONS").asText();
        for (JsonNode topic : Manifests.ofKind("KafkaTopic")) {
            String name = topicName(topic);
            JsonNode spec = topic.path("spec");
            JsonNode config = spec.path("config");
            assertEquals(partitions, spec.path("partitions").asText(), name + " partitions vs. config.yaml");
            assertEquals(3, spec.path("replicas").asInt(), name);
            assertEquals(2, config.path("min.insync.replicas").asInt(), name);
            if (Topics.isCompacted(name)) {
                assertEquals("compact", config.path("cleanup.policy").asText(), name);
                assertTrue(config.path("retention.ms").isMissingNode(), name + " is compacted, not time-limited");
            } else {
                assertEquals(-1, config.path("retention.ms").asLong(), name + " keeps every event");
                assertTrue(config.path("cleanup.policy").isMissingNode(), name);
            }
            assertEquals(kafka().path("metadata").path("name").asText(),
                    topic.path("metadata").path("labels").path("strimzi.io/cluster").asText(), name);
            assertEquals(Manifests.namespace(kafka()), Manifests.namespace(topic), name + ": the Topic Operator's namespace");
        }
    }

    @Test
    void onlyEachTopicsOwnerMayWriteIt() {
        var acls = KafkaAcls.load();
        for (String topic : Topics.all()) {
            Set<String> writers = KafkaAcls.principals(acls).stream()
                    .filter(p -> KafkaAcls.allows(acls, p, Operation.WRITE, Resource.TOPIC, topic))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(Topics.owner(topic).orElseThrow()), writers, topic);
        }
    }

    @Test
    void theClusterRunsKraftWithThreeControllersAndThreeBrokers() {
        Map<String, Integer> nodes = new TreeMap<>();
        for (JsonNode pool : Manifests.ofKind("KafkaNodePool")) {
            assertEquals(Manifests.name(kafka()), pool.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            pool.path("spec").path("roles").forEach(r -> nodes.merge(r.asText(), pool.path("spec").path("replicas").asInt(),
                    Integer::sum));
        }
        assertEquals(Map.of("broker", 3, "controller", 3), nodes);
    }

    @Test
    void theServicesUseTheClustersAuthenticatedListenerAndTheirUsersAreManaged() {
        JsonNode spec = kafka().path("spec");
        assertEquals("simple", spec.path("kafka").path("authorization").path("type").asText());
        JsonNode listener = List.copyOf(iterable(spec.path("kafka").path("listeners"))).stream()
                .filter(l -> l.path("authentication").path("type").asText().equals("scram-sha-512")).findFirst()
                .orElseThrow();
        assertTrue(listener.path("tls").asBoolean());
        String bootstrap = Manifests.name(kafka()) + "-kafka-bootstrap." + Manifests.namespace(kafka()) + ".svc:"
                + listener.path("port").asInt();
        assertEquals(bootstrap, common().path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertEquals("SASL_SSL", common().path("KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", common().path("KAFKA_SASL_MECHANISM").asText());
        assertEquals("false", common().path("LETTERS_MESSAGING_CREATE_TOPICS").asText());
        String watched = spec.path("entityOperator").path("userOperator").path("watchedNamespace").asText();
        for (JsonNode user : Manifests.ofKind("KafkaUser")) {
            assertEquals(watched, Manifests.namespace(user), Manifests.name(user));
            assertEquals(Manifests.name(kafka()), user.path("metadata").path("labels").path("strimzi.io/cluster").asText());
        }
        assertEquals(KafkaAcls.principals(KafkaAcls.load()),
                Manifests.ofKind("KafkaUser").stream().map(Manifests::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static JsonNode kafka() {
        List<JsonNode> all = Manifests.ofKind("Kafka");
        assertEquals(1, all.size());
        return all.get(0);
    }

    static JsonNode common() {
        return Manifests.documents("config.yaml").stream().filter(d -> Manifests.name(d).equals("letters-common"))
                .findFirst().orElseThrow().path("data");
    }

    private static String topicName(JsonNode topic) {
        JsonNode explicit = topic.path("spec").path("topicName");
        return explicit.isMissingNode() ? Manifests.name(topic) : explicit.asText();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
