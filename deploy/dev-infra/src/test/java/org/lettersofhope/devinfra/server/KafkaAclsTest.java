package org.lettersofhope.devinfra.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettersofhope.devinfra.KafkaAcls;
import org.lettersofhope.devinfra.KafkaAcls.Acl;
import org.lettersofhope.devinfra.KafkaAcls.Operation;
import org.lettersofhope.devinfra.KafkaAcls.Resource;

/**
 * The production layout's Kafka security, on a real broker: SASL on every listener, the standard authorizer with
 * nothing allowed that is not listed, and {@code deploy/kafka/acls.txt} applied. Each service may write only the topics
 * it owns and read only the ones it consumes, so that no service (and no one holding its credentials) can forge
 * another service's events.
 */
class KafkaAclsTest {

    private static final String ADMIN_PASSWORD = "admin-secret";

    @TempDir
    static Path dir;

    private static KafkaBroker broker;
    private static List<Acl> acls;
    private static Set<String> topics;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        acls = KafkaAcls.load();
        int port = freePort();
        int controllerPort = freePort();
        StringBuilder users = new StringBuilder("user_admin=\"" + ADMIN_PASSWORD + "\"");
        for (String principal : KafkaAcls.principals(acls)) {
            users.append(" user_").append(principal).append("=\"").append(password(principal)).append('"');
        }
        String jaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\""
                + ADMIN_PASSWORD + "\" " + users + ";";
        Map<String, String> secured = new LinkedHashMap<>();
        secured.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        secured.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        secured.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        secured.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        secured.put("sasl.enabled.mechanisms", "PLAIN");
        secured.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        secured.put("sasl.mechanism.controller.protocol", "PLAIN");
        secured.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas);
        secured.put("listener.name.controller.plain.sasl.jaas.config", jaas);
        secured.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        secured.put("super.users", "User:admin");
        secured.put("allow.everyone.if.no.acl.found", "false");
        broker = KafkaBroker.start(dir.resolve("kafka"), port, controllerPort, true, secured);

        topics = new TreeSet<>();
        for (Acl acl : acls) {
            if (acl.resource() == Resource.TOPIC) {
                // A prefixed grant is probed with a topic of that prefix.
                topics.add(acl.pattern() == KafkaAcls.Pattern.LITERAL ? acl.name() : acl.name() + "probe.v1");
            }
        }
        try (Admin admin = Admin.create(client("admin", ADMIN_PASSWORD))) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
            admin.createAcls(acls.stream().map(KafkaAclsTest::binding).toList()).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> admin = producer("admin", ADMIN_PASSWORD)) {
            for (String topic : topics) {
                admin.send(new ProducerRecord<>(topic, "k", "seed")).get(30, TimeUnit.SECONDS);
            }
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eachServiceWritesExactlyTheTopicsItOwns() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String principal : KafkaAcls.principals(acls)) {
            String owned = principal.substring(0, principal.indexOf('-')) + ".";
            for (String topic : topics) {
                boolean listed = KafkaAcls.allows(acls, principal, Operation.WRITE, Resource.TOPIC, topic);
                if (listed != topic.startsWith(owned)) {
                    wrong.add(principal + " is " + (listed ? "" : "not ") + "listed as a writer of " + topic);
                }
                boolean wrote = canWrite(principal, topic);
                if (wrote != listed) {
                    wrong.add(principal + (wrote ? " wrote " : " could not write ") + topic);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachServiceReadsOnlyTheTopicsListedForIt() {
        List<String> wrong = new ArrayList<>();
        for (String principal : KafkaAcls.principals(acls)) {
            for (String topic : topics) {
                boolean listed = KafkaAcls.allows(acls, principal, Operation.READ, Resource.TOPIC, topic);
                boolean read = canRead(principal, topic);
                if (read != listed) {
                    wrong.add(principal + (read ? " read " : " could not read ") + topic);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aForgedApiKeyEventFromAnotherServiceIsRefusedByTheBroker() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send(producer("letter-service", password("letter-service")), "volunteer.api-keys.v1"));
        assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
    }

    @Test
    void consumerGroupsAreNamedAfterTheirServiceOnly() {
        Map<String, Object> props = client("tally-service", password("tally-service"));
        props.put("group.id", "volunteer-service.api-keys");
        props.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of("volunteer.api-keys.v1"));
            assertThrows(GroupAuthorizationException.class, () -> c.poll(Duration.ofSeconds(10)));
        }
        props.put("group.id", "tally-service.api-keys");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of("volunteer.api-keys.v1"));
            assertFalse(pollUntilRecord(c).isEmpty(), "tally-service reads with a group of its own");
        }
    }

    @Test
    void aClientWithoutValidCredentialsIsNotLetIn() {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> send(producer("letter-service", "not-its-password"), "letter.letters.v1"));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    private static boolean canWrite(String principal, String topic) throws Exception {
        try {
            send(producer(principal, password(principal)), topic);
            return true;
        } catch (ExecutionException e) {
            assertInstanceOf(TopicAuthorizationException.class, e.getCause(), principal + " → " + topic);
            return false;
        }
    }

    private static void send(KafkaProducer<String, String> producer, String topic) throws Exception {
        try (producer) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(20, TimeUnit.SECONDS);
        }
    }

    private static boolean canRead(String principal, String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(client(principal, password(principal)),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition p = new TopicPartition(topic, 0);
            c.assign(List.of(p));
            c.seekToBeginning(List.of(p));
            ConsumerRecords<String, String> records = pollUntilRecord(c);
            assertTrue(!records.isEmpty(), principal + " was let read " + topic + " but got nothing");
            return true;
        } catch (TopicAuthorizationException e) {
            return false;
        }
    }

    private static ConsumerRecords<String, String> pollUntilRecord(KafkaConsumer<String, String> c) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        ConsumerRecords<String, String> records = ConsumerRecords.empty();
        while (records.isEmpty() && System.nanoTime() < deadline) {
            records = c.poll(Duration.ofMillis(500));
        }
        return records;
    }

    private static KafkaProducer<String, String> producer(String user, String password) {
        Map<String, Object> props = client(user, password);
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("max.block.ms", "10000");
        props.put("delivery.timeout.ms", "15000");
        props.put("request.timeout.ms", "10000");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static Map<String, Object> client(String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", broker.bootstrapServers());
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "PLAIN");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return props;
    }

    private static AclBinding binding(Acl acl) {
        ResourceType type = acl.resource() == Resource.TOPIC ? ResourceType.TOPIC : ResourceType.GROUP;
        PatternType pattern = acl.pattern() == KafkaAcls.Pattern.LITERAL ? PatternType.LITERAL : PatternType.PREFIXED;
        AclOperation op = acl.operation() == Operation.READ ? AclOperation.READ : AclOperation.WRITE;
        return new AclBinding(new ResourcePattern(type, acl.name(), pattern),
                new AccessControlEntry("User:" + acl.principal(), "*", op, AclPermissionType.ALLOW));
    }

    private static String password(String principal) {
        return principal + "-secret";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
