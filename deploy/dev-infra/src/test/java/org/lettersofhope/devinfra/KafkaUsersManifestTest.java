package org.lettersofhope.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.KafkaAcls.Acl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes layout's KafkaUsers grant each service exactly what {@code deploy/kafka/acls.txt} lists, the list
 * that KafkaAclsTest enforces on a real broker; and every service deployment logs in with its own user.
 */
class KafkaUsersManifestTest {

    private static final Path K8S = Path.of(KafkaAcls.FILE).getParent().getParent().resolve("k8s");

    @Test
    void kafkaUsersGrantWhatTheAccessListSays() throws Exception {
        List<Acl> listed = KafkaAcls.load();
        Set<String> expected = new TreeSet<>();
        listed.forEach(a -> expected.add(render(a.principal(), a.operation().name(), a.resource().name(),
                a.pattern().name(), a.name())));
        Set<String> granted = new TreeSet<>();
        for (JsonNode user : documents(root().resolve(K8S).resolve("kafka-users.yaml"))) {
            String name = user.path("metadata").path("name").asText();
            if (!KafkaAcls.principals(listed).contains(name)) {
                continue;
            }
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText(), name);
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                for (JsonNode op : acl.path("operations")) {
                    granted.add(render(name, op.asText(), acl.path("resource").path("type").asText(),
                            acl.path("resource").path("patternType").asText(), acl.path("resource").path("name").asText()));
                }
            }
        }
        assertEquals(expected, granted);
    }

    @Test
    void eachServiceLogsInAsItsOwnKafkaUser() throws Exception {
        for (String service : KafkaAcls.principals(KafkaAcls.load())) {
            List<String> secrets = new ArrayList<>();
            for (JsonNode doc : documents(root().resolve(K8S).resolve(service + ".yaml"))) {
                for (JsonNode c : doc.path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode env : c.path("env")) {
                        if (env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                            secrets.add(env.path("valueFrom").path("secretKeyRef").path("name").asText());
                        }
                    }
                }
            }
            assertEquals(List.of(service), secrets, service + " reads its Kafka login from its own KafkaUser's Secret");
        }
    }

    private static String render(String principal, String op, String type, String pattern, String name) {
        return String.join(" ", principal, op.toUpperCase(Locale.ROOT), type.toUpperCase(Locale.ROOT),
                pattern.toUpperCase(Locale.ROOT), name);
    }

    private static Path root() {
        Path acls = KafkaAcls.locate();
        return acls.getParent().getParent().getParent();
    }

    private static List<JsonNode> documents(Path file) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var parser = yaml.getFactory().createParser(file.toFile())) {
            return yaml.readValues(parser, JsonNode.class).readAll().stream().filter(n -> n != null && !n.isNull())
                    .toList();
        }
    }
}
