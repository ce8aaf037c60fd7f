package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.CampaignFixtures.admin;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.service.GuidelinesService;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Versioned Letter Writing Guidelines: admins publish, anyone reads, the last published is current. */
@QuarkusTest
class GuidelinesResourceTest {

    @Inject
    GuidelinesService guidelines;

    static String uniqueVersion() {
        return "2026." + UUID.randomUUID().toString().substring(0, 8);
    }

    static ValidatableResponse publishAs(String token, String version, String body) {
        return as(token).contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", "Letter Writing Guidelines", "body", body))
                .when().post("/api/guidelines").then();
    }

    @Test
    void theVersionPublishedLastIsCurrentAndPublic() {
        String first = uniqueVersion();
        String second = uniqueVersion();
        publishAs(admin(), first, "## Do\n- Write about everyday life\n\n> Be kind.").statusCode(201)
                .body("version", equalTo(first)).body("current", equalTo(true));
        publishAs(admin(), second, "## Do not\n- Give legal advice").statusCode(201);
        given().when().get("/api/guidelines/current").then().statusCode(200)
                .body("version", equalTo(second))
                .body("body", equalTo("## Do not\n- Give legal advice"));
        assertEquals(second, guidelines.currentVersion().orElseThrow());
        given().when().get("/api/guidelines/" + first).then().statusCode(200)
                .body("current", equalTo(false))
                .body("body", equalTo("## Do\n- Write about everyday life\n\n> Be kind."));
        given().queryParam("size", 100).when().get("/api/guidelines").then().statusCode(200)
                .body("items.version", hasItem(second))
                .body("items[0].version", equalTo(second))
                .body("items[0].current", equalTo(true))
                .body("items[0].body", nullValue());
    }

    @Test
    void aVersionLabelIsPublishedOnce() {
        String version = uniqueVersion();
        publishAs(admin(), version, "text").statusCode(201);
        publishAs(admin(), version, "other text").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsPublish() {
        publishAs(hq(), uniqueVersion(), "text").statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("version", uniqueVersion(), "title", "t", "body", "b"))
                .when().post("/api/guidelines").then().statusCode(401);
    }

    @Test
    void rawHtmlControlCharactersAndBadLabelsAreRefused() {
        publishAs(admin(), uniqueVersion(), "<script>alert(1)</script>").statusCode(400)
                .body("violations[0].field", equalTo("body"));
        publishAs(admin(), uniqueVersion(), "bell \u0007").statusCode(400);
        publishAs(admin(), "../etc", "text").statusCode(400).body("violations[0].field", equalTo("version"));
        publishAs(admin(), "current", "text").statusCode(400);
        publishAs(admin(), uniqueVersion(), "x".repeat(50_001)).statusCode(400);
        given().when().get("/api/guidelines/no such version").then().statusCode(404);
    }
}
