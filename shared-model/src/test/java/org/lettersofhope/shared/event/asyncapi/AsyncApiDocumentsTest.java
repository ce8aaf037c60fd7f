package org.lettersofhope.shared.event.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.PieceKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The AsyncAPI documents in src/main/resources/asyncapi/ are what the event records say, and valid AsyncAPI 3.0.
 * After changing a payload record, run this test with {@code -Dasyncapi.write=true} to rewrite them, and commit them.
 */
class AsyncApiDocumentsTest {

    private static final Path DOCS = Path.of("src/main/resources/asyncapi");
    private static final Path ASYNCAPI_SCHEMA = Path.of(
            "target/asyncapi-specs/node_modules/@asyncapi/specs/schemas/3.0.0-without-$id.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void eachServicesDocumentIsWhatItsEventRecordsSay() throws Exception {
        List<String> stale = new java.util.ArrayList<>();
        for (String service : AsyncApiDocuments.SERVICES) {
            String generated = JSON.writeValueAsString(AsyncApiDocuments.of(service)) + "\n";
            Path file = DOCS.resolve(service + ".json");
            String kept = Files.exists(file) ? Files.readString(file) : "";
            if (!generated.equals(kept)) {
                if (Boolean.getBoolean("asyncapi.write")) {
                    Files.createDirectories(DOCS);
                    Files.writeString(file, generated);
                } else {
                    stale.add(file.toString());
                }
            }
        }
        if (!stale.isEmpty()) {
            fail("event records changed without their AsyncAPI documents " + stale
                    + ": run AsyncApiDocumentsTest with -Dasyncapi.write=true, check the diff and commit it");
        }
    }

    @Test
    void everyDocumentIsValidAsyncApi3() throws Exception {
        assertTrue(Files.exists(ASYNCAPI_SCHEMA), "the build installs @asyncapi/specs into target/ (exec-maven-plugin)");
        Schema asyncapi = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(JSON.readTree(ASYNCAPI_SCHEMA.toFile()));
        for (String service : AsyncApiDocuments.SERVICES) {
            JsonNode doc = JSON.readTree(DOCS.resolve(service + ".json").toFile());
            List<Error> errors = asyncapi.validate(doc);
            assertEquals(List.of(), errors.stream().map(Object::toString).toList(), service);
        }
    }

    @Test
    void everyTopicAndEventTypeIsDescribedByItsOwnersDocumentOnly() throws Exception {
        Set<String> topics = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (String service : AsyncApiDocuments.SERVICES) {
            JsonNode doc = JSON.readTree(DOCS.resolve(service + ".json").toFile());
            doc.path("channels").forEach(c -> {
                assertEquals(Topics.owner(c.path("address").asText()).orElseThrow(), service);
                assertTrue(topics.add(c.path("address").asText()));
            });
            doc.path("components").path("messages").forEach(m -> assertTrue(types.add(m.path("name").asText())));
        }
        assertEquals(new TreeSet<>(Topics.all()), topics);
        assertEquals(new TreeSet<>(EventTypes.all().stream().map(EventType::name).toList()), types);
    }

    /** The schemas are not only valid but right: a real event validates, a broken one does not. */
    @Test
    void anEventAsTheCodecWritesItValidatesAgainstItsMessageAndAWrongOneDoesNot() throws Exception {
        JsonNode doc = JSON.readTree(DOCS.resolve("letter-service.json").toFile());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        Schema envelope = registry.getSchema(doc.path("components").path("schemas").path("CloudEvent"));
        Schema payload = registry.getSchema(doc.path("components").path("schemas").path("LetterLogged"));
        EventEnvelope e = EventCodec.wrap(EventTypes.LETTER_LOGGED, "urn:lettersofhope:letter-service",
                new LetterLogged(UUID.randomUUID(), PieceKind.LETTER, LetterOrigin.PEN_PAL, null, UUID.randomUUID(),
                        null, null, null, "US-CA", Instant.now()))
                .withDataschema("urn:lettersofhope:schema:" + EventTypes.LETTER_LOGGED.name());
        JsonNode written = JSON.readTree(EventCodec.encode(e));
        assertEquals(List.of(), envelope.validate(written));
        assertEquals(List.of(), payload.validate(written.path("data")));

        ObjectNode wrong = written.path("data").deepCopy();
        wrong.put("origin", "CARRIER_PIGEON");
        wrong.remove("letterId");
        assertEquals(2, payload.validate(wrong).size(), payload.validate(wrong).toString());
        ObjectNode noSchema = written.deepCopy();
        noSchema.remove("dataschema");
        assertEquals(1, envelope.validate(noSchema).size());
    }
}
