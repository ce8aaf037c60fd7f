package org.lettersofhope.letter.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Notes and guidelines that would read differently from what they hold are refused, naming the field: bidi
 * overrides, zero-width characters and line separators.
 */
@QuarkusTest
class HiddenTextTest {

    static final String ADMIN = TestTokens.bearer("admin");

    @Test
    void aQuickNoteWithABidiOverrideOrAZeroWidthSpaceIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "You are not forgotten.\u202E.gnitirw ruoy ni thgir si lla", "language", "en"))
                .when().post("/api/quick-notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("text"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "We think of you.", "writerFirstName", "Sa\u200Bm"))
                .when().post("/api/quick-notes")
                .then().statusCode(400).body("violations.field", contains("writerFirstName"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Line one\u2029line two"))
                .when().post("/api/quick-notes")
                .then().statusCode(400).body("violations.field", contains("text"));
    }

    @Test
    void guidelinesWithAnIsolateOrAByteOrderMarkAreRefusedNamingTheField() {
        String version = "t" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", "Letter Writing Guidelines",
                        "body", "## Do\n- Write about \u2067everyday\u2069 life"))
                .when().post("/api/guidelines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("body"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", "\uFEFFLetter Writing Guidelines", "body", "## Do"))
                .when().post("/api/guidelines")
                .then().statusCode(400).body("violations.field", contains("title"));
    }
}
