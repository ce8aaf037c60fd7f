package org.lettersofhope.devinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.KafkaAcls.Acl;
import org.lettersofhope.devinfra.k8s.Manifests;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Kubernetes layout's KafkaUsers grant each service exactly what {@code deploy/kafka/acls.txt} lists, the list
 * that KafkaAclsTest enforces on a real broker; and every service deployment logs in with its own user.
 */
class KafkaUsersManifestTest {

    @Test
    void kafkaUsersGrantWhatTheAccessListSays() throws Exception {
        List<Acl> listed = KafkaAcls.load();
        Set<String> expected = new TreeSet<>();
        listed.forEach(a -> expected.add(render(a.principal(), a.operation().name(), a.resource().name(),
                a.pattern().name(), a.name())));
        Set<String> granted = new TreeSet<>();
        for (JsonNode user : Manifests.documents("kafka-users.yaml")) {
            String name = user.path("metadata").path("name").asText();
            if (!KafkaAcls.principals(listed).contains(name)) {
                continue;
            }
            assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText(), name);
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                for (JsonNode op : acl.path("operations")) {
                    granted.add(render(name, op.asText(), acl.path("resource").path("type").asText(),
                            pattern(acl.path("resource").path("patternType").asText()),
                            acl.path("resource").path("name").asText()));
                }
            }
        }
        assertEquals(expected, granted);
    }

    @Test
    void eachServiceLogsInAsItsOwnKafkaUser() throws Exception {
        for (String service : KafkaAcls.principals(KafkaAcls.load())) {
            List<String> secrets = new ArrayList<>();
            for (JsonNode doc : Manifests.documents(service + ".yaml")) {
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

    /** Strimzi spells Kafka's PREFIXED pattern "prefix" (its CRD refuses "prefixed"). */
    private static String pattern(String strimzi) {
        return strimzi.equals("prefix") ? "prefixed" : strimzi;
    }

    private static String render(String principal, String op, String type, String pattern, String name) {
        return String.join(" ", principal, op.toUpperCase(Locale.ROOT), type.toUpperCase(Locale.ROOT),
                pattern.toUpperCase(Locale.ROOT), name);
    }

}
