package org.lettersofhope.shared.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code partitionkey} is the CloudEvents partitioning extension:
 * the aggregate id, also used as the Kafka record key. {@code dataschema} is the absolute URI of the payload's JSON
 * Schema (the producer's AsyncAPI document describes the same); absent on events written before it was set.
 * {@code traceparent} and {@code tracestate} are the distributed-tracing extension: the W3C trace context of the
 * work that wrote the event, so that its consumers continue that trace. Both are absent when there was none.
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
        String traceparent,
        String tracestate,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Content type of a structured-mode CloudEvent, sent as the record's {@code content-type} header. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An envelope that names no schema and carries no trace context. */
    public EventEnvelope(String specversion, String id, String source, String type, Instant time, String subject,
            String datacontenttype, String partitionkey, JsonNode data) {
        this(specversion, id, source, type, time, subject, datacontenttype, null, partitionkey, null, null, data);
    }

    /** The same event, carrying the given W3C trace context ({@code tracestate} may be null). */
    public EventEnvelope withTrace(String traceparent, String tracestate) {
        return new EventEnvelope(specversion, id, source, type, time, subject, datacontenttype, dataschema,
                partitionkey, traceparent, tracestate, data);
    }

    /** The same event, pointing to its payload's schema. */
    public EventEnvelope withDataschema(String uri) {
        return new EventEnvelope(specversion, id, source, type, time, subject, datacontenttype, uri, partitionkey,
                traceparent, tracestate, data);
    }
}
