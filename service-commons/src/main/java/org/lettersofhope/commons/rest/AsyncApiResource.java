package org.lettersofhope.commons.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.messaging.AsyncApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The contract of this service's Kafka topics, public like the OpenAPI document: integrators generate consumers from
 * it. An event's {@code dataschema} names {@code <schema base><type>}; with the schema base set to this service's
 * {@code /asyncapi/schemas/} it resolves here.
 */
@Path("/asyncapi.json")
@Tag(name = "Contracts", description = "The published contracts of this service's events")
@PermitAll
public class AsyncApiResource {

    @Inject
    AsyncApiDocument asyncapi;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAsyncApiDocument",
            summary = "The AsyncAPI 3.0 document of this service's topics",
            description = "Every topic this service writes, its key, the CloudEvents envelope and each event type's "
                    + "payload as JSON Schema.")
    @APIResponse(responseCode = "200", description = "The AsyncAPI document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public JsonNode document() {
        return asyncapi.document();
    }

    /** Each payload's schema on its own, where {@code dataschema} points. */
    @Path("/asyncapi/schemas")
    @Tag(name = "Contracts")
    @PermitAll
    public static class Schemas {

        @Inject
        AsyncApiDocument asyncapi;

        @GET
        @Path("/{type}")
        @Produces(MediaType.APPLICATION_JSON)
        @Operation(operationId = "getEventPayloadSchema",
                summary = "The JSON Schema of one event type's payload",
                description = "What an event's dataschema points to: the payload schema of a type this service writes.")
        @APIResponse(responseCode = "200", description = "The payload's JSON Schema (draft-07)",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
        @APIResponse(responseCode = "404", description = "This service writes no event of that type")
        public JsonNode schema(@Parameter(description = "The CloudEvents type, e.g. "
                + "org.lettersofhope.letter.letter-logged.v1", example = "org.lettersofhope.letter.letter-logged.v1")
                @PathParam("type") String type) {
            return asyncapi.payloadSchema(type)
                    .orElseThrow(() -> new NotFoundException("This service writes no event of type " + type + "."));
        }
    }
}
