package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.CampaignFixtures.activeAdvocacy;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.officialForm;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile, malformed, mistyped and oversized input to campaigns, officials, guidelines, advocacy pieces,
 * reimbursements and pen pals: always a problem+json 4xx naming the field, never a 500, never a half-written record.
 */
@QuarkusTest
class CampaignsBadInputTest {

    static ValidatableResponse postCampaign(Object body) {
        return as(hq()).contentType(ContentType.JSON).body(body).when().post("/api/campaigns").then();
    }

    static ValidatableResponse campaignRefused(String field, Object value) {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.put(field, value);
        return postCampaign(form).statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownEnumsAndWrongTypesNameTheField() {
        campaignRefused("kind", "PETITION").body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("ADVOCACY"));
        campaignRefused("goal", "lots").body("violations[0].field", equalTo("goal"));
        campaignRefused("startsOn", "yesterday").body("violations[0].field", equalTo("startsOn"));
        campaignRefused("targetIds", List.of("not-a-uuid")).body("violations[0].field", containsString("targetIds"));
        campaignRefused("talkingPoints", "a string").body("violations[0].field", equalTo("talkingPoints"));
        campaignRefused("hashtags", Map.of("a", "b"));
        postCampaign("[1,2,3]").statusCode(400).contentType("application/problem+json");
        postCampaign("{\"slug\": ").statusCode(400).body("title", equalTo("Malformed JSON"));
        as(hq()).contentType(ContentType.JSON).when().post("/api/campaigns").then().statusCode(400);
    }

    @Test
    void boundsAreEnforcedAsDocumented() {
        campaignRefused("name", "n".repeat(121)).body("violations[0].field", equalTo("name"));
        campaignRefused("description", "d".repeat(4001));
        campaignRefused("goal", 0);
        campaignRefused("goal", 10_000_001);
        campaignRefused("hashtags", Collections.nCopies(21, "tag"));
        campaignRefused("hashtags", List.of("#two words"));
        campaignRefused("hashtags", List.of("#" + "x".repeat(51)));
        campaignRefused("targetIds", Collections.nCopies(51, UUID.randomUUID().toString()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            groups.add(Map.of("heading", "h" + i, "points", List.of("p")));
        }
        campaignRefused("talkingPoints", groups);
        campaignRefused("talkingPoints", List.of(Map.of("heading", "h", "points", List.of())));
        campaignRefused("talkingPoints", List.of(Map.of("heading", "h", "points", List.of("p".repeat(501)))));
        campaignRefused("startsOn", "9999-01-01").body("violations[0].field", equalTo("startsOn"));
        campaignRefused("slug", "UPPER-case");
        campaignRefused("slug", "ab");
        campaignRefused("slug", "../../etc/passwd");
        campaignRefused("slug", "x".repeat(81));
    }

    @Test
    void hostileTextIsRefusedOrStoredAsPlainText() {
        campaignRefused("name", "<script>alert(1)</script>").body("violations[0].field", equalTo("name"));
        campaignRefused("name", "bell\u0007");
        campaignRefused("description", "nul\u0000byte");
        campaignRefused("callToAction", "<img src=x onerror=alert(1)>");
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.put("name", "Robert'); DROP TABLE campaign;--");
        form.put("description", "Ünïcödé ✉️ 📮 and 'quotes' \"everywhere\"\nsecond line");
        String id = postCampaign(form).statusCode(201).extract().path("id");
        as(hq()).when().get("/api/campaigns/" + id).then().statusCode(200)
                .body("name", equalTo("Robert'); DROP TABLE campaign;--"))
                .body("description", equalTo("Ünïcödé ✉️ 📮 and 'quotes' \"everywhere\"\nsecond line"));
        given().when().get("/api/campaigns/by-slug/%27%20or%201=1--").then().statusCode(404);
        given().when().get("/api/campaigns/by-slug/" + "a".repeat(5000)).then().statusCode(lessThan(500));
    }

    @Test
    void queryParametersAreChecked() {
        given().queryParam("status", "BOGUS").when().get("/api/campaigns").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().queryParam("kind", "1 or 1=1").when().get("/api/campaigns").then().statusCode(400);
        given().queryParam("updatedSince", "yesterday").when().get("/api/campaigns").then().statusCode(400)
                .body("violations[0].field", equalTo("updatedSince"));
        given().queryParam("size", 1000).when().get("/api/campaigns").then().statusCode(400);
        given().queryParam("page", -1).when().get("/api/officials").then().statusCode(400);
        given().queryParam("name", "<b>").when().get("/api/officials").then().statusCode(400);
        as(volunteer(UUID.randomUUID())).queryParam("campaignId", "x").when().get("/api/me/advocacy-pieces")
                .then().statusCode(400);
        as(hq()).queryParam("status", "LOST").when().get("/api/reimbursements").then().statusCode(400);
        as(hq()).queryParam("writerId", "1").when().get("/api/pen-pals").then().statusCode(400);
        as(hq()).queryParam("recipientId", UUID.randomUUID().toString()).queryParam("limit", 0)
                .when().get("/api/pen-pals/suggestions").then().statusCode(400);
    }

    @Test
    void officialsRefuseBadAddressesAndHandles() {
        Map<String, Object> form = officialForm();
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new HashMap<>((Map<String, Object>) form.get("mailingAddress"));
        address.put("region", "California");
        form.put("mailingAddress", address);
        as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/officials").then().statusCode(400)
                .body("violations.field", hasItem("mailingAddress.region"));
        Map<String, Object> handles = officialForm();
        handles.put("socialHandles", List.of(Map.of("platform", "MYSPACE", "handle", "x")));
        as(hq()).contentType(ContentType.JSON).body(handles).when().post("/api/officials").then().statusCode(400);
        handles.put("socialHandles", List.of(Map.of("platform", "X", "handle", "javascript:alert(1)")));
        as(hq()).contentType(ContentType.JSON).body(handles).when().post("/api/officials").then().statusCode(400);
        Map<String, Object> noAddress = officialForm();
        noAddress.remove("mailingAddress");
        as(hq()).contentType(ContentType.JSON).body(noAddress).when().post("/api/officials").then().statusCode(400)
                .body("violations.field", hasItem("mailingAddress"));
    }

    @Test
    void reimbursementsRefuseAbsurdNumbersAndWrongShapes() {
        String token = volunteer(UUID.randomUUID());
        String huge = "{\"amountCents\":100000000000000000000,\"currency\":\"USD\",\"items\":[],"
                + "\"receiptReference\":\"r\"}";
        as(token).contentType(ContentType.JSON).body(huge).when().post("/api/reimbursements")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> negative = new HashMap<>(Map.of("amountCents", -5, "currency", "USD",
                "items", List.of(Map.of("kind", "STAMPS", "quantity", 1, "amountCents", -5)),
                "receiptReference", "r"));
        as(token).contentType(ContentType.JSON).body(negative).when().post("/api/reimbursements")
                .then().statusCode(400).body("violations.field", hasItem("amountCents"));
        Map<String, Object> unknownKind = new HashMap<>(Map.of("amountCents", 2000, "currency", "USD",
                "items", List.of(Map.of("kind", "COFFEE", "quantity", 1, "amountCents", 2000)),
                "receiptReference", "r"));
        as(token).contentType(ContentType.JSON).body(unknownKind).when().post("/api/reimbursements")
                .then().statusCode(400).body("violations[0].field", containsString("items"));
        Map<String, Object> hostile = new HashMap<>(Map.of("amountCents", 2000, "currency", "USD",
                "items", List.of(Map.of("kind", "STAMPS", "quantity", 1, "amountCents", 2000)),
                "receiptReference", "<script>x</script>"));
        as(token).contentType(ContentType.JSON).body(hostile).when().post("/api/reimbursements")
                .then().statusCode(400).body("violations[0].field", equalTo("receiptReference"));
        as(token).when().get("/api/me/reimbursements").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void advocacyReportsAndPenPalsRefuseWrongShapes() {
        String[] c = activeAdvocacy();
        String token = volunteer(UUID.randomUUID());
        as(token).contentType(ContentType.JSON)
                .body(Map.of("targetId", c[1], "pieceKind", "EMAIL", "count", 1, "sentOn", "2026-01-01"))
                .when().post("/api/campaigns/" + c[0] + "/advocacy-pieces").then().statusCode(400)
                .body("violations[0].field", equalTo("pieceKind"));
        as(token).contentType(ContentType.JSON)
                .body(Map.of("targetId", c[1], "pieceKind", "LETTER", "count", "many", "sentOn", "2026-01-01"))
                .when().post("/api/campaigns/" + c[0] + "/advocacy-pieces").then().statusCode(400)
                .body("violations[0].field", equalTo("count"));
        as(token).contentType(ContentType.JSON)
                .body(Map.of("targetId", c[1], "pieceKind", "LETTER", "count", 1, "sentOn", "2026-01-01",
                        "region", "Narnia"))
                .when().post("/api/campaigns/" + c[0] + "/advocacy-pieces").then().statusCode(400)
                .body("violations[0].field", equalTo("region"));
        as(hq()).contentType(ContentType.JSON).body(Map.of("writerId", "me", "recipientId", "you"))
                .when().post("/api/pen-pals").then().statusCode(400);
        as(hq()).contentType(ContentType.JSON).body(Map.of()).when().post("/api/pen-pals").then().statusCode(400)
                .body("violations.field", hasItem("writerId"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.put("description", "x".repeat(300 * 1024));
        postCampaign(form).statusCode(413).contentType("application/problem+json");
    }

    @Test
    void nothingHereAnswersWithAStackTrace() {
        String[] c = activeAdvocacy();
        List<String> bodies = List.of("null", "\"\"", "0", "{}", "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"slug\":{\"$ne\":null}}", "\u0000");
        List<String> paths = List.of("/api/campaigns", "/api/officials", "/api/guidelines", "/api/reimbursements",
                "/api/pen-pals", "/api/campaigns/" + c[0] + "/advocacy-pieces");
        for (String path : paths) {
            for (String body : bodies) {
                String answer = as(org.lettersofhope.commons.testing.TestTokens.bearer("admin", "volunteer"))
                        .contentType(ContentType.JSON).body(body).when().post(path)
                        .then().statusCode(lessThan(500)).contentType("application/problem+json")
                        .body(not(containsString("Exception"))).extract().asString();
                assertTrue(!answer.contains("org.lettersofhope"), path + " leaks a class name: " + answer);
            }
        }
    }
}
