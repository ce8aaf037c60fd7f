package org.lettersofhope.shared.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code partitionkey} is the CloudEvents partitioning extension:
 * the aggregate id, also used as the Kafka record key.
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
        String partitionkey,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Content type of a structured-mode CloudEvent, sent as the record's {@code content-type} header. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
}
