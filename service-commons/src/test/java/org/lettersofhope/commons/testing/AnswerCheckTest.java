package org.lettersofhope.commons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What AnswerCheck finds in answers that break their schema, so that ServiceContractTest can fail. */
class AnswerCheckTest {

    private static final String DOC = """
            {"paths": {"/keys": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                {"type": "array", "items": {"$ref": "#/components/schemas/Key"}}}}}}}}},
             "components": {"schemas": {"Key": {"type": "object", "required": ["id", "issuedAt"],
                "properties": {"id": {"type": "string"}, "issuedAt": {"type": "string"},
                               "revokedAt": {"type": "string"},
                               "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}}}}
            """;

    private static List<String> problems(String body) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(DOC);
        return new AnswerCheck(doc).check("GET", "/keys", 200, body).problems();
    }

    @Test
    void anAnswerAsDocumentedPasses() throws Exception {
        assertEquals(List.of(), problems("[{\"id\": \"a\", \"issuedAt\": \"t\", \"revokedAt\": null, "
                + "\"labels\": {\"any\": \"x\"}}]"));
    }

    @Test
    void aRequiredPropertyAbsentOrNullAndAnUndeclaredOneAreFound() throws Exception {
        assertEquals(List.of("GET /keys 200: $[0].issuedAt is required in the document but absent",
                "GET /keys 200: $[0].suedAt is not declared in the document",
                "GET /keys 200: $[1].issuedAt is required in the document but null"),
                problems("[{\"id\": \"a\", \"suedAt\": \"t\"}, {\"id\": \"b\", \"issuedAt\": null}]"));
    }

    @Test
    void anOperationWithoutAJsonSchemaForTheStatusIsAProblem() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(DOC);
        assertEquals(1, new AnswerCheck(doc).check("GET", "/keys", 201, "{}").problems().size());
    }
}
