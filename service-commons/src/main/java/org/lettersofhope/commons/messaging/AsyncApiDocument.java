package org.lettersofhope.commons.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This service's AsyncAPI 3.0 document: its topics, their keys, the CloudEvents envelope and each event type's payload
 * schema. Generated from the event records and kept in shared-model ({@code asyncapi/<service>.json}).
 */
@ApplicationScoped
public class AsyncApiDocument {

    @ConfigProperty(name = "quarkus.application.name")
    String application;

    private volatile JsonNode document;

    public JsonNode document() {
        JsonNode d = document;
        if (d == null) {
            String resource = "asyncapi/" + application + ".json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("no " + resource + " on the class path");
                }
                d = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = d;
        }
        return d;
    }

    /** The payload schema of an event type this service writes. */
    public Optional<JsonNode> payloadSchema(String eventType) {
        for (JsonNode message : document().path("components").path("messages")) {
            if (message.path("name").asText().equals(eventType)) {
                return Optional.of(document().path("components").path("schemas").path(message.path("title").asText()));
            }
        }
        return Optional.empty();
    }

    /** The CloudEvents envelope's schema. */
    public JsonNode envelopeSchema() {
        return document().path("components").path("schemas").path("CloudEvent");
    }
}
