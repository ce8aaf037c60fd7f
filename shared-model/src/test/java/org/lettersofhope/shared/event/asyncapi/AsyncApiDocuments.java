package org.lettersofhope.shared.event.asyncapi;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventType;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the AsyncAPI 3.0 document of one service's topics from {@link Topics} and {@link EventTypes}: each topic,
 * its key, the CloudEvents envelope and each event type's payload schema ({@link EventSchemas}). The documents are
 * kept in src/main/resources/asyncapi/ and served by each service; AsyncApiDocumentsTest keeps them equal to this.
 */
final class AsyncApiDocuments {

    static final List<String> SERVICES = List.of("volunteer-service", "letter-service", "tally-service");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What each topic carries, for readers of the document (Topics says the same in its comments). */
    private static final Map<String, String> TOPICS = Map.ofEntries(
            Map.entry(Topics.VOLUNTEERS, "Volunteer lifecycle: registration, status and profile changes, guideline acceptance, "
                    + "erasure."),
            Map.entry(Topics.CHAPTERS, "Chapters proposed, activated and gone dormant."),
            Map.entry(Topics.API_KEYS, "API keys issued to partner chapters and dashboards (a hash of the secret only), and "
                    + "their revocation."),
            Map.entry(Topics.COMMUNITY_EVENTS, "Community events (letter-writing evenings, postcard parties, meetings): "
                    + "scheduling, review, cancellation, attendance and report-backs."),
            Map.entry(Topics.TASKS, "Hours volunteers log on tasks (minutes, the day and the task's chapter), and logs "
                    + "taken back."),
            Map.entry(Topics.CAMPAIGNS, "Campaigns published and closed."),
            Map.entry(Topics.GUIDELINES, "Versions of the Letter Writing Guidelines as they are published (label and time, "
                    + "never the text)."),
            Map.entry(Topics.LETTERS, "Every piece's journey: letters logged and their status changes, mail batches mailed, "
                    + "self-mailed advocacy pieces and replies received."),
            Map.entry(Topics.RECIPIENTS, "Detained recipients' custody changes and their pen-pal matches (ids only)."),
            Map.entry(Topics.REIMBURSEMENTS, "Reimbursement requests and decisions."),
            Map.entry(Topics.TALLIES, "The current total of each campaign's metric. Compacted: the latest total of every tally "
                    + "is kept."),
            Map.entry(Topics.LEDGER, "Every ledger entry of tally-service (report-backs, bulk reports, adjustments) as it is "
                    + "recorded, without personal data (no reporter, recorder, reason or hashtag), so that "
                    + "tally-service can be rebuilt from the topics alone. Keyed by campaign."));

    private AsyncApiDocuments() {
    }

    static ObjectNode of(String service) {
        ObjectNode doc = JSON.objectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Letters of Hope — " + service + " events");
        info.put("version", "0.1.0");
        info.put("description", "The Kafka topics " + service + " owns and writes; no other service writes them. "
                + "Every record is a CloudEvents 1.0 event in structured JSON mode (the record's content-type header "
                + "is " + EventEnvelope.STRUCTURED_CONTENT_TYPE + "), keyed by the id of the aggregate it is about so "
                + "that one aggregate's events stay in order. `source` is an absolute URI naming " + service + " "
                + "(urn:lettersofhope:" + service + " unless the deployment sets another base), `dataschema` the "
                + "absolute URI of the payload's schema, `partitionkey` the record key. Events carry ids, enums, "
                + "counts, dates, regions and chapter ids, never personal data. Readers ignore fields they do not "
                + "know and treat enum values they do not know as unknown; see docs/event-backbone.md for how "
                + "payloads evolve.");
        info.putObject("license").put("name", "AGPL-3.0").put("url", "https://www.gnu.org/licenses/agpl-3.0.html");
        doc.put("defaultContentType", EventEnvelope.STRUCTURED_CONTENT_TYPE);
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEvent", envelope());
        for (String topic : Topics.all().stream().filter(t -> Topics.owner(t).orElseThrow().equals(service))
                .sorted().toList()) {
            String channelId = id(topic);
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("description", TOPICS.get(topic));
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
            kafka.put("topic", topic);
            ObjectNode config = kafka.putObject("topicConfiguration");
            config.putArray("cleanup.policy").add(Topics.isCompacted(topic) ? "compact" : "delete");
            if (!Topics.isCompacted(topic)) {
                config.put("retention.ms", -1);
            }
            kafka.put("bindingVersion", "0.5.0");
            ObjectNode operation = operations.putObject("send" + Character.toUpperCase(channelId.charAt(0))
                    + channelId.substring(1));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.put("summary", service + " writes " + topic + " through its transactional outbox.");
            ArrayNode operationMessages = operation.putArray("messages");
            for (EventType<?> type : EventTypes.all().stream().filter(t -> t.topic().equals(topic))
                    .sorted(Comparator.comparing(EventType::name)).toList()) {
                String name = type.payloadClass().getSimpleName();
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + name);
                messages.set(name, message(type));
                schemas.set(name, EventSchemas.of(type.payloadClass()));
            }
        }
        return doc;
    }

    /** topic {@code letter.letters.v1} is channel {@code letterLettersV1}. */
    static String id(String topic) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : topic.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static ObjectNode message(EventType<?> type) {
        String name = type.payloadClass().getSimpleName();
        ObjectNode m = JSON.objectNode();
        m.put("name", type.name());
        m.put("title", name);
        m.put("summary", "CloudEvents type " + type.name() + ", about a " + type.aggregateType() + ".");
        m.put("contentType", EventEnvelope.STRUCTURED_CONTENT_TYPE);
        ObjectNode headers = m.putObject("headers");
        headers.put("type", "object");
        headers.putObject("properties").putObject("content-type").put("type", "string")
                .put("const", EventEnvelope.STRUCTURED_CONTENT_TYPE);
        ObjectNode payload = m.putObject("payload");
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEvent");
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode props = specific.putObject("properties");
        props.putObject("type").put("const", type.name());
        props.putObject("subject").put("type", "string").put("pattern", "^" + type.aggregateType() + "/");
        props.putObject("dataschema").put("type", "string").put("pattern", type.name().replace(".", "\\.") + "$")
                .put("description", "Ends with the type's name: <schema base>" + type.name());
        props.putObject("data").put("$ref", "#/components/schemas/" + name);
        ObjectNode kafka = m.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("format", "uuid")
                .put("description", "The id of the " + type.aggregateType() + " (also partitionkey).");
        kafka.put("bindingVersion", "0.5.0");
        return m;
    }

    /** The envelope every record is: CloudEvents 1.0 structured JSON with the extensions the backbone uses. */
    private static ObjectNode envelope() {
        ObjectNode s = JSON.objectNode();
        s.put("title", "CloudEvent");
        s.put("description", "A CloudEvents 1.0 event in structured JSON mode.");
        s.put("type", "object");
        ObjectNode p = s.putObject("properties");
        p.putObject("specversion").put("type", "string").put("const", EventEnvelope.SPEC_VERSION);
        p.putObject("id").put("type", "string").put("format", "uuid")
                .put("description", "Unique per event; consumers drop an id they have seen.");
        p.putObject("source").put("type", "string").put("format", "uri")
                .put("description", "Absolute URI of the owning service: <source base><service>. Events written "
                        + "before sources were absolute carry /<service>, and readers accept that too.");
        p.putObject("type").put("type", "string").put("description", "The event type, e.g. "
                + EventTypes.LETTER_LOGGED.name() + "; a breaking change is a new version of it.");
        p.putObject("time").put("type", "string").put("format", "date-time");
        p.putObject("subject").put("type", "string").put("description", "<aggregate type>/<aggregate id>");
        p.putObject("datacontenttype").put("type", "string").put("const", EventEnvelope.JSON);
        p.putObject("dataschema").put("type", "string").put("format", "uri")
                .put("description", "Absolute URI of the payload's schema: <schema base><type>.");
        p.putObject("partitionkey").put("type", "string").put("format", "uuid")
                .put("description", "CloudEvents partitioning extension: the aggregate id, also the record key.");
        p.putObject("traceparent").put("type", "string")
                .put("description", "CloudEvents distributed-tracing extension: W3C trace context, when traced.");
        p.putObject("tracestate").put("type", "string");
        p.putObject("data").put("type", "object").put("description", "The payload of the type.");
        s.putArray("required").add("specversion").add("id").add("source").add("type").add("time").add("subject")
                .add("datacontenttype").add("dataschema").add("partitionkey").add("data");
        return s;
    }
}
