package org.lettersofhope.shared.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code partitionkey} is the CloudEvents partitioning extension:
 * the aggregate id, also used as the Kafka record key. {@code dataschema} is the absolute URI of the payload's JSON
 * Schema (the producer's AsyncAPI document describes the same); absent on events written before it was set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String dataschema,
        String partitionkey,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Content type of a structured-mode CloudEvent, sent as the record's {@code content-type} header. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An envelope that names no schema. */
    public EventEnvelope(String specversion, String id, String source, String type, Instant time, String subject,
            String datacontenttype, String partitionkey, JsonNode data) {
        this(specversion, id, source, type, time, subject, datacontenttype, null, partitionkey, data);
    }

    /** The same event, pointing to its payload's schema. */
    public EventEnvelope withDataschema(String uri) {
        return new EventEnvelope(specversion, id, source, type, time, subject, datacontenttype, uri, partitionkey,
                data);
    }
}
