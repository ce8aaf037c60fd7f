package org.lettersofhope.commons.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/**
 * Holds real answers to what the OpenAPI document says of them: every property the answer's schema marks
 * {@code required} is there and not null, and no property is there that the schema does not declare (an undeclared
 * {@code suedAt} beside {@code issuedAt} was once written). Nested objects and array items are checked against their
 * own schemas.
 */
public final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode doc;
    private final List<String> problems = new ArrayList<>();
    private int checked;

    AnswerCheck(JsonNode doc) {
        this.doc = doc;
    }

    /**
     * Checks {@code response} (already fetched, status as documented) against the JSON schema the document gives
     * {@code method template} for its status.
     */
    public AnswerCheck check(String method, String template, Response response) {
        return check(method, template, response.statusCode(), response.asString());
    }

    AnswerCheck check(String method, String template, int status, String body) {
        String where = method + " " + template + " " + status;
        JsonNode schema = doc.path("paths").path(template).path(method.toLowerCase())
                .path("responses").path(String.valueOf(status)).path("content")
                .path("application/json").path("schema");
        if (schema.isMissingNode()) {
            problems.add(where + ": the document gives no application/json schema for it");
            return this;
        }
        try {
            validate(JSON.readTree(body), schema, where, "$");
        } catch (Exception e) {
            problems.add(where + ": not JSON: " + e.getMessage());
        }
        checked++;
        return this;
    }

    List<String> problems() {
        return problems;
    }

    int checked() {
        return checked;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = doc.at(ref.substring(1));
        }
        return schema;
    }

    private void validate(JsonNode value, JsonNode schema, String where, String at) {
        schema = resolve(schema);
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(value.get(i), schema.get("items"), where, at + "[" + i + "]");
            }
            return;
        }
        if (!value.isObject() || !schema.has("properties")) {
            return;
        }
        JsonNode properties = schema.get("properties");
        for (JsonNode name : schema.path("required")) {
            JsonNode v = value.get(name.asText());
            if (v == null || v.isNull()) {
                problems.add(where + ": " + at + "." + name.asText() + " is required in the document but "
                        + (v == null ? "absent" : "null"));
            }
        }
        boolean open = schema.path("additionalProperties").isObject()
                || schema.path("additionalProperties").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (properties.has(f.getKey())) {
                validate(f.getValue(), properties.get(f.getKey()), where, at + "." + f.getKey());
            } else if (!open) {
                problems.add(where + ": " + at + "." + f.getKey() + " is not declared in the document");
            }
        }
    }
}
