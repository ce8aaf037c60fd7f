package org.lettersofhope.devinfra.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.KafkaAcls;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * postgres.yaml gives each service its own database, owned by its own login role whose password comes from a Secret,
 * at the address its config.yaml names; the backups have a schedule and credentials from a Secret. (ManifestSchemaTest
 * checks the CloudNativePG documents' shape; this holds their content.) Also: each service scales by an HPA
 * bounded by the partitions, and its management port is reachable from the monitoring namespace only.
 */
class PostgresManifestTest {

    private static final Set<String> SERVICES = KafkaAcls.principals(KafkaAcls.load());

    @Test
    void eachServiceHasItsOwnDatabaseOwnedByItsOwnRoleAtTheAddressItsConfigNames() {
        JsonNode cluster = one("Cluster");
        Set<String> roles = new TreeSet<>();
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            roles.add(role.path("name").asText());
            assertTrue(role.path("login").asBoolean(), role.toString());
        }
        Set<String> owners = new TreeSet<>();
        for (String service : SERVICES) {
            URI jdbc = URI.create(serviceConfig(service).path("QUARKUS_DATASOURCE_JDBC_URL").asText().substring(5));
            assertEquals(Manifests.name(cluster) + "-rw." + Manifests.namespace(cluster) + ".svc", jdbc.getHost(), service);
            String database = jdbc.getPath().substring(1);
            JsonNode db = Manifests.ofKind("Database").stream()
                    .filter(d -> d.path("spec").path("name").asText().equals(database)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Database " + database + " for " + service));
            assertEquals(Manifests.name(cluster), db.path("spec").path("cluster").path("name").asText());
            assertEquals("retain", db.path("spec").path("databaseReclaimPolicy").asText(), database);
            String owner = db.path("spec").path("owner").asText();
            owners.add(owner);
            assertTrue(roles.contains(owner), owner + " is a managed role");
            // The pods log in as that role; the operator sets its password from a Secret with the same user name.
            assertEquals(owner, secret(service + "-db", "letters-of-hope").path("stringData")
                    .path("QUARKUS_DATASOURCE_USERNAME").asText(), service);
            JsonNode managed = secret(passwordSecret(cluster, owner), Manifests.namespace(cluster));
            assertEquals("kubernetes.io/basic-auth", managed.path("type").asText());
            assertEquals(owner, managed.path("stringData").path("username").asText());
        }
        assertEquals(SERVICES.size(), owners.size(), "one role per service: " + owners);
    }

    @Test
    void backupsRunOnAScheduleToAnObjectStoreWithCredentialsFromASecret() {
        JsonNode cluster = one("Cluster");
        JsonNode backup = one("ScheduledBackup");
        assertEquals(Manifests.name(cluster), backup.path("spec").path("cluster").path("name").asText());
        assertEquals(6, backup.path("spec").path("schedule").asText().split(" ").length, "CloudNativePG's cron has seconds");
        JsonNode store = cluster.path("spec").path("backup").path("barmanObjectStore");
        assertFalse(store.path("destinationPath").asText().isEmpty());
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            JsonNode ref = store.path("s3Credentials").path(key);
            assertTrue(secret(ref.path("name").asText(), Manifests.namespace(cluster)).path("stringData")
                    .has(ref.path("key").asText()), key);
        }
    }

    @Test
    void eachServiceScalesByAnAutoscalerBoundedByThePartitions() {
        int partitions = KafkaManifestTest.common().path("LETTERS_MESSAGING_TOPIC_PARTITIONS").asInt();
        Set<String> scaled = new TreeSet<>();
        for (JsonNode hpa : Manifests.ofKind("HorizontalPodAutoscaler")) {
            scaled.add(hpa.path("spec").path("scaleTargetRef").path("name").asText());
            assertTrue(hpa.path("spec").path("maxReplicas").asInt() <= partitions, Manifests.name(hpa));
            assertTrue(hpa.path("spec").path("minReplicas").asInt() >= 2, Manifests.name(hpa));
        }
        assertEquals(SERVICES, scaled);
        for (String service : SERVICES) {
            Manifests.documents(service + ".yaml").stream().filter(d -> d.path("kind").asText().equals("Deployment"))
                    .forEach(d -> assertTrue(d.path("spec").path("replicas").isMissingNode(),
                            service + ": the HPA owns the replica count"));
        }
    }

    @Test
    void theManagementPortIsReachableFromTheMonitoringNamespaceOnly() {
        for (String service : SERVICES) {
            int management = containerPort(service, "management");
            int http = containerPort(service, "http");
            List<JsonNode> rules = new ArrayList<>();
            for (JsonNode policy : Manifests.ofKind("NetworkPolicy")) {
                String selected = policy.path("spec").path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText();
                if (selected.equals(service) || policy.path("spec").path("podSelector").path("matchLabels").isMissingNode()) {
                    policy.path("spec").path("ingress").forEach(rules::add);
                }
            }
            List<JsonNode> toManagement = rules.stream().filter(r -> ports(r).contains(management)).toList();
            assertEquals(1, toManagement.size(), service);
            assertEquals("monitoring", toManagement.get(0).path("from").get(0).path("namespaceSelector")
                    .path("matchLabels").path("kubernetes.io/metadata.name").asText(), service);
            assertEquals(1, toManagement.get(0).path("from").size(), service);
            assertTrue(rules.stream().allMatch(r -> !ports(r).isEmpty()), service + ": every rule names its ports");
            assertTrue(rules.stream().anyMatch(r -> ports(r).contains(http)), service + " serves its public port");
            assertEquals(Set.of(http, management), rules.stream().flatMap(r -> ports(r).stream())
                    .collect(Collectors.toSet()), service + ": nothing else is open");
        }
    }

    private static Set<Integer> ports(JsonNode rule) {
        Set<Integer> ports = new TreeSet<>();
        rule.path("ports").forEach(p -> ports.add(p.path("port").asInt()));
        return ports;
    }

    private static int containerPort(String service, String name) {
        for (JsonNode doc : Manifests.documents(service + ".yaml")) {
            for (JsonNode c : doc.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode p : c.path("ports")) {
                    if (p.path("name").asText().equals(name)) {
                        return p.path("containerPort").asInt();
                    }
                }
            }
        }
        throw new AssertionError(service + " has no port " + name);
    }

    private static String passwordSecret(JsonNode cluster, String role) {
        for (JsonNode r : cluster.path("spec").path("managed").path("roles")) {
            if (r.path("name").asText().equals(role)) {
                return r.path("passwordSecret").path("name").asText();
            }
        }
        throw new AssertionError(role);
    }

    private static JsonNode one(String kind) {
        List<JsonNode> all = Manifests.ofKind(kind);
        assertEquals(1, all.size(), kind);
        return all.get(0);
    }

    private static JsonNode serviceConfig(String service) {
        return Manifests.documents("config.yaml").stream().filter(d -> Manifests.name(d).equals(service + "-config"))
                .findFirst().orElseThrow().path("data");
    }

    /** From the template of the Secrets (secrets.example.yaml), which names every one the layout refers to. */
    private static JsonNode secret(String name, String namespace) {
        return Manifests.documents("secrets.example.yaml").stream()
                .filter(d -> Manifests.name(d).equals(name) && Manifests.namespace(d).equals(namespace)).findFirst()
                .orElseThrow(() -> new AssertionError("no Secret " + namespace + "/" + name + " in secrets.example.yaml"));
    }
}
