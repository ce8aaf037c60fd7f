package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A client generated from all three services' documents gets one method per operation: no operationId may be used
 * by two services. Reads the documents each service's build wrote (target/openapi, the very document it serves);
 * LocalUpIT checks the served ones the same way.
 */
class OpenApiDocumentsTest {

    static final List<String> SERVICES = List.of("volunteer-service", "letter-service", "tally-service");
    private static final Pattern OPERATION_ID = Pattern.compile("\"operationId\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void operationIdsAreUniqueAcrossTheThreeDocuments() throws IOException {
        Path root = Path.of(System.getProperty("letters.project.dir", "../.."));
        Map<String, String> owners = new TreeMap<>();
        for (String service : SERVICES) {
            Path doc = root.resolve(service).resolve("target/openapi/openapi.json");
            assertTrue(Files.isRegularFile(doc), service + " wrote its OpenAPI document to " + doc);
            owners.putAll(duplicates(owners, service, Files.readString(doc)));
        }
        assertTrue(owners.size() > 100, "all three documents were read: " + owners.size() + " operations");
    }

    /** Adds the document's operationIds to those seen; fails on one already seen in this or another document. */
    static Map<String, String> duplicates(Map<String, String> seen, String service, String document) {
        Map<String, String> added = new TreeMap<>(seen);
        List<String> clashes = new ArrayList<>();
        Matcher m = OPERATION_ID.matcher(document);
        while (m.find()) {
            String previous = added.putIfAbsent(m.group(1), service);
            if (previous != null) {
                clashes.add(m.group(1) + " (" + previous + " and " + service + ")");
            }
        }
        assertEquals(List.of(), clashes, "operationIds used twice");
        return added;
    }
}
