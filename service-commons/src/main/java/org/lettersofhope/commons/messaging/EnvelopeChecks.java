package org.lettersofhope.commons.messaging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.runtime.StartupEvent;

/**
 * Holds every event this service records to its AsyncAPI document, where {@code letters.messaging.check-schemas} is
 * on (tests and dev mode): the envelope against the CloudEvent schema, the payload against its type's, so that
 * every event the test suites produce is checked against the published contract. An event that does not match
 * fails the transaction that recorded it. Off in production, where it would only cost time.
 */
@ApplicationScoped
public class EnvelopeChecks {

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    @Inject
    MessagingConfig config;

    @Inject
    AsyncApiDocument asyncapi;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private final Map<String, Schema> payloads = new ConcurrentHashMap<>();
    private volatile Schema envelope;

    /** Sources and schema ids are absolute URIs: a wrong base is found at start, not by a consumer. */
    void onStart(@Observes StartupEvent event) {
        for (String uri : List.of(config.sourceBase() + application, config.schemaBase() + "x")) {
            if (!URI.create(uri).isAbsolute()) {
                throw new IllegalStateException("event source and schema bases must make absolute URIs: " + uri);
            }
        }
    }

    public void check(EventEnvelope event) {
        if (!config.checkSchemas()) {
            return;
        }
        JsonNode written;
        try {
            written = JSON.readTree(EventCodec.encode(event));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> errors = new ArrayList<>();
        envelopeSchema().validate(written).forEach(e -> errors.add("envelope " + e));
        Schema payload = payloads.computeIfAbsent(event.type(), t -> asyncapi.payloadSchema(t)
                .map(registry::getSchema)
                .orElseThrow(() -> new IllegalStateException(t + " is not in " + application + "'s AsyncAPI document")));
        payload.validate(written.path("data")).forEach(e -> errors.add("data " + e));
        if (event.dataschema() == null || !event.dataschema().endsWith(event.type())) {
            errors.add("dataschema does not name " + event.type());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(event.type() + " does not match " + application
                    + "'s AsyncAPI document: " + errors);
        }
    }

    private Schema envelopeSchema() {
        Schema s = envelope;
        if (s == null) {
            s = registry.getSchema(asyncapi.envelopeSchema());
            envelope = s;
        }
        return s;
    }
}
