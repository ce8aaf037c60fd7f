package org.lettersofhope.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.messaging.EnvelopeChecks;
import org.lettersofhope.commons.messaging.EventHandler;
import org.lettersofhope.commons.rest.ProblemCatalog;
import org.lettersofhope.devinfra.KafkaAcls;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.devinfra.KafkaAcls.Acl;
import org.lettersofhope.devinfra.KafkaAcls.Operation;
import org.lettersofhope.devinfra.KafkaAcls.Pattern;
import org.lettersofhope.devinfra.KafkaAcls.Resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

/**
 * What every service promises its clients, checked against the running service: a complete OpenAPI document,
 * Swagger UI, readiness that checks PostgreSQL and Kafka, and problem+json for whatever goes wrong. Each service's
 * test class extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceContractTestBase {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String OPEN_API_LICENSE = "AGPL-3.0-only";

    @Test
    void openApiDocumentsEveryOperationWithSummaryTagsAndProblemErrors() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        int operations = 0;
        Set<String> operationIds = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                String id = o.path("operationId").asText();
                if (!id.matches("[a-z][A-Za-z0-9]{2,}")) {
                    problems.add(where + " has no readable operationId: '" + id + "'");
                } else if (!operationIds.add(id)) {
                    problems.add(where + " repeats operationId " + id);
                }
                if (!o.path("security").isArray()) {
                    problems.add(where + " declares no security ([] when public)");
                }
                for (JsonNode requirement : o.path("security")) {
                    requirement.fieldNames().forEachRemaining(scheme -> {
                        if (!doc.path("components").path("securitySchemes").has(scheme)) {
                            problems.add(where + " names an undefined security scheme " + scheme);
                        }
                    });
                }
                for (JsonNode parameter : o.path("parameters")) {
                    JsonNode schema = parameter.path("schema");
                    if (!schema.has("type") && !schema.has("$ref") && !schema.has("allOf")) {
                        problems.add(where + " parameter " + parameter.path("name").asText() + " has no type");
                    }
                }
                if (o.path("summary").asText().isBlank()) {
                    problems.add(where + " has no summary");
                }
                if (!o.path("tags").isArray() || o.path("tags").isEmpty()) {
                    problems.add(where + " has no tag");
                }
                JsonNode responses = o.path("responses");
                boolean success = false;
                boolean clientError = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    success |= r.getKey().startsWith("2");
                    clientError |= r.getKey().startsWith("4");
                    for (Iterator<Map.Entry<String, JsonNode>> hs = r.getValue().path("headers").fields();
                            hs.hasNext();) {
                        Map.Entry<String, JsonNode> h = hs.next();
                        if (!h.getValue().has("schema")) {
                            problems.add(where + " " + r.getKey() + " header " + h.getKey() + " has no schema");
                        }
                    }
                    if (r.getKey().equals("201") && !r.getValue().path("headers").has("Location")) {
                        problems.add(where + " creates (201) without a Location header");
                    }
                    if (r.getKey().equals("429") && !r.getValue().path("headers").has("Retry-After")) {
                        problems.add(where + " answers 429 without a Retry-After header");
                    }
                    JsonNode problemBody = r.getValue().path("content").path("application/problem+json");
                    if (r.getKey().matches("[45]\\d\\d") && !problemBody.path("schema").path("$ref").asText()
                            .equals("#/components/schemas/Problem")) {
                        problems.add(where + " answers " + r.getKey() + " without an application/problem+json body");
                    }
                }
                if (!clientError) {
                    problems.add(where + " documents no 4xx response");
                }
                if (!success) {
                    problems.add(where + " documents no success response");
                }
                if (o.has("requestBody") && !responses.has("400")) {
                    problems.add(where + " takes a body but documents no 400");
                }
                boolean takesCredentials = false;
                for (JsonNode requirement : o.path("security")) {
                    takesCredentials |= !requirement.isEmpty();
                }
                if (takesCredentials && !responses.has("401")) {
                    problems.add(where + " is protected but documents no 401");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("OpenAPI document is incomplete:\n" + String.join("\n", problems));
        }
        assertTrue(operations > 0, "the service documents at least one operation");
        assertEquals(OPEN_API_LICENSE, doc.path("info").path("license").path("identifier").asText(),
                "the license is named by its SPDX identifier");
        assertTrue(doc.path("servers").isArray() && !doc.path("servers").isEmpty(), "servers are declared");
        List<String> schemes = new ArrayList<>();
        doc.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(List.of("apiKey", "bearer"), schemes.stream().sorted().toList(),
                "only the schemes that operations use are declared");
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            // Two classes with one schema name make a numbered twin (TalkingPointGroup1) in generated clients.
            assertTrue(!name.matches(".*\\d"), "schema " + name + " has a numbered, Java-derived name");
        });
        JsonNode catalog = doc.path("components").path("schemas").path("Problem").path("x-problem-types");
        assertTrue(catalog.isArray() && catalog.size() > 10, "the Problem schema lists the problem types");
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        for (String field : List.of("type", "title", "status", "detail", "violations")) {
            assertTrue(problem.path("properties").has(field), "the Problem schema describes " + field);
        }
    }

    /**
     * The production brokers let a service read only the topics listed for it in {@code deploy/kafka/acls.txt}: the
     * list must name exactly what this service's consumers read (a missing topic would stall a consumer in
     * production, an extra one grants more than is needed), writes only to the topics it owns, and its own groups.
     */
    @Test
    void kafkaAccessListGrantsExactlyWhatThisServiceUses() {
        String me = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        List<Acl> mine = KafkaAcls.of(KafkaAcls.load(), me);
        Set<String> consumed = Arc.container().select(EventHandler.class, Any.Literal.INSTANCE).stream()
                .flatMap(h -> h.routes().topics().stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> readable = mine.stream()
                .filter(a -> a.operation() == Operation.READ && a.resource() == Resource.TOPIC)
                .peek(a -> assertEquals(Pattern.LITERAL, a.pattern(), "reads are granted topic by topic: " + a))
                .map(Acl::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(consumed, readable, "topics read by " + me + "'s consumers vs. " + KafkaAcls.FILE);
        String owner = me.substring(0, me.indexOf('-'));
        assertEquals(List.of(new Acl(me, Operation.WRITE, Resource.TOPIC, Pattern.PREFIXED, owner + ".")),
                mine.stream().filter(a -> a.operation() == Operation.WRITE).toList());
        assertEquals(List.of(new Acl(me, Operation.READ, Resource.GROUP, Pattern.PREFIXED, me + ".")),
                mine.stream().filter(a -> a.resource() == Resource.GROUP).toList());
    }

    /** Each problem type of the catalog resolves to a page on the service, without credentials. */
    @Test
    void everyProblemTypeHasAPublicPage() {
        for (ProblemCatalog.Entry e : ProblemCatalog.entries()) {
            given().when().get(e.page()).then().statusCode(200).contentType("text/html")
                    .body(containsString(e.type()));
        }
        given().when().get("/problems").then().statusCode(200)
                .body(containsString("urn:lettersofhope:problem:validation"));
        given().when().get("/problems/no-such-type").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * The AsyncAPI document of this service's own topics, public for every kind of caller like the OpenAPI one, and
     * each payload schema that an event's dataschema names.
     */
    @Test
    void asyncApiDocumentOfItsOwnTopicsIsServedToEveryCaller() {
        String me = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        for (String authorization : new String[] { null, "Bearer " + TestTokens.bearer("volunteer"),
                "Bearer " + TestTokens.bearer("coordinator"), "Bearer " + TestTokens.bearer("admin") }) {
            var request = given();
            if (authorization != null) {
                request = request.header("Authorization", authorization);
            }
            request.when().get("/asyncapi.json").then().statusCode(200).contentType("application/json");
        }
        JsonNode doc = given().when().get("/asyncapi.json").then().statusCode(200).extract().as(JsonNode.class);
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        Set<String> owned = Topics.all().stream().filter(t -> Topics.owner(t).orElseThrow().equals(me))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(owned, addresses, "the document describes exactly the topics " + me + " owns");
        for (EventType<?> type : EventTypes.all()) {
            if (owned.contains(type.topic())) {
                given().when().get("/asyncapi/schemas/" + type.name()).then().statusCode(200)
                        .body("title", equalTo(type.payloadClass().getSimpleName()));
            } else {
                given().when().get("/asyncapi/schemas/" + type.name()).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
        JsonNode openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().as(JsonNode.class);
        assertTrue(openapi.path("paths").has("/asyncapi.json"), "the AsyncAPI document is in the OpenAPI one");
    }

    /** What makes every event the tests record a check of the contract: the outbox refuses one that breaks it. */
    @Test
    void theOutboxRefusesAnEventThatDoesNotMatchTheAsyncApiDocument() {
        String me = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        EnvelopeChecks checks = Arc.container().instance(EnvelopeChecks.class).get();
        EventType<?> type = EventTypes.all().stream().filter(t -> Topics.owner(t.topic()).orElseThrow().equals(me))
                .findFirst().orElseThrow();
        EventEnvelope empty = new EventEnvelope("1.0", java.util.UUID.randomUUID().toString(),
                "urn:lettersofhope:" + me, type.name(), java.time.Instant.now(), type.aggregateType() + "/x",
                EventEnvelope.JSON, "urn:lettersofhope:schema:" + type.name(), java.util.UUID.randomUUID().toString(),
                null, null, new ObjectMapper().createObjectNode());
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> checks.check(empty));
        assertTrue(e.getMessage().contains("required property"), e.getMessage());
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessChecksPostgresKafkaAndEveryConsumerThread() {
        List<String> consumers = Arc.container().select(EventHandler.class, Any.Literal.INSTANCE).stream()
                .map(EventHandler::name).toList();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check",
                        "Event consumers"))
                .body("checks.find { it.name == 'Event consumers' }.data.keySet()", hasItems(consumers.toArray()))
                .body("checks.find { it.name == 'Event consumers' }.status", equalTo("UP"));
    }

    /** The backbone's health in numbers: outbox backlog and its age, relay failures, each consumer's lag. */
    @Test
    void metricsShowTheOutboxBacklogRelayFailuresAndConsumerLagPerPartition() {
        List<String> consumers = Arc.container().select(EventHandler.class, Any.Literal.INSTANCE).stream()
                .map(EventHandler::name).toList();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.matches("(?s).*\\nletters_outbox_backlog(\\{[^}]*})? \\d.*"), "outbox backlog");
            assertTrue(metrics.matches("(?s).*\\nletters_outbox_oldest_age_seconds(\\{[^}]*})? \\d.*"),
                    "age of the oldest unpublished row");
            assertTrue(metrics.contains("letters_outbox_failures_total"), "relay failures");
            for (String consumer : consumers) {
                assertTrue(metrics.matches("(?s).*\\nletters_consumer_lag\\{[^}]*consumer=\"" + consumer
                        + "\"[^}]*partition=\"\\d+\"[^}]*} \\d.*"), "lag per partition of " + consumer);
            }
        });
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        given().when().get("/api/there-is-nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/whoami")
                .then().statusCode(405).contentType("application/problem+json");
    }

    /**
     * Fetches real answers of this service's main operations (with data in them, so that optional parts show) and
     * passes each to {@link AnswerCheck#check}.
     */
    protected abstract void fetchAnswers(AnswerCheck answers);

    /** Schema name to the properties that every answer carries (ids, statuses, times of creation). */
    protected abstract Map<String, List<String>> alwaysPresent();

    @Test
    void answersCarryEveryRequiredPropertyAndNoUndeclaredOne() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        alwaysPresent().forEach((schema, properties) -> {
            JsonNode s = doc.path("components").path("schemas").path(schema);
            if (s.isMissingNode()) {
                problems.add("no schema " + schema);
            }
            Set<String> required = new TreeSet<>();
            s.path("required").forEach(r -> required.add(r.asText()));
            properties.stream().filter(p -> !required.contains(p))
                    .forEach(p -> problems.add(schema + "." + p + " is not marked required"));
        });
        AnswerCheck answers = new AnswerCheck(doc);
        fetchAnswers(answers);
        problems.addAll(answers.problems());
        assertEquals(List.of(), problems);
        assertTrue(answers.checked() >= 3, "only " + answers.checked() + " answers checked");
    }

    /** API keys to add to the callers of the public documents (only the volunteer service can issue them). */
    protected Map<String, String[]> keyCallers() {
        return Map.of();
    }

    /**
     * Access matrix of the public documents every service serves (AsyncAPI, its payload schemas, the problem pages):
     * every kind of caller reads the same. They are plain {@code @PermitAll} reads, which look at no credential (the
     * document gives them no 401, OpenApiContractFilter): a forged or unreadable token or an unknown key sent along
     * changes nothing either. (Writes and {@code @OptionalAuthentication} reads refuse those with 401.)
     */
    @Test
    void publicDocumentsAnswerEveryCallerAlikeBadCredentialsIncluded() {
        String me = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        String schema = EventTypes.all().stream().filter(t -> Topics.owner(t.topic()).orElseThrow().equals(me))
                .map(EventType::name).findFirst().orElseThrow();
        String valid = TestTokens.bearer("volunteer");
        Map<String, String[]> good = new java.util.LinkedHashMap<>();
        good.put("anonymous", null);
        good.put("volunteer", new String[] { "Authorization", valid });
        good.put("coordinator", new String[] { "Authorization", TestTokens.bearer("coordinator") });
        good.put("headquarters", new String[] { "Authorization", TestTokens.bearer("coordinator", "headquarters") });
        good.put("admin", new String[] { "Authorization", TestTokens.bearer("admin") });
        good.putAll(keyCallers());
        Map<String, String[]> bad = new java.util.LinkedHashMap<>();
        bad.put("forged token", new String[] { "Authorization", valid.substring(0, valid.length() - 4) + "AAAA" });
        bad.put("unreadable token", new String[] { "Authorization", "Bearer not-a-jwt" });
        bad.put("unknown key", new String[] { "X-API-Key", "loh_" + java.util.UUID.randomUUID() + "_nosuchsecret" });
        JsonNode openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().as(JsonNode.class);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/asyncapi.json", "/asyncapi/schemas/" + schema, "/problems/validation",
                "/problems")) {
            String body = given().when().get(path).then().statusCode(200).extract().asString();
            good.forEach((who, header) -> {
                var r = (header == null ? given() : given().header(header[0], header[1])).when().get(path);
                if (r.statusCode() != 200 || !r.asString().equals(body)) {
                    wrong.add(path + " " + who + ": " + r.statusCode() + " or another body");
                }
            });
            bad.forEach((who, header) -> {
                var r = given().header(header[0], header[1]).when().get(path);
                if (r.statusCode() != 200 || !r.asString().equals(body)) {
                    wrong.add(path + " " + who + ": " + r.statusCode() + " or another body");
                }
            });
            JsonNode op = openapi.path("paths").path(path.startsWith("/asyncapi/schemas/") ? "/asyncapi/schemas/{type}"
                    : path.startsWith("/problems/") ? "/problems/{name}" : path).path("get");
            if (!op.isMissingNode() && (op.path("responses").has("401") || !op.path("security").isEmpty())) {
                wrong.add(path + ": the document gives it security or a 401");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
