package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The reporter of a report-back is the caller's own verified identity, never someone a body names. */
@QuarkusTest
class ReportBackReporterTest {

    static String body(UUID reporter) {
        return "{\"actionType\":\"LETTER\",\"quantity\":1" + (reporter == null ? "" : ",\"reporterId\":\"" + reporter
                + "\"") + "}";
    }

    static RequestSpecification as(Map<String, String> headers) {
        return given().headers(headers).contentType(ContentType.JSON);
    }

    /** The reporter headquarters sees on the newest entry of the campaign's ledger. */
    static Object newestReporter(TestCampaign c) {
        return given().header("Authorization", HQ).get(c.path() + "/ledger?size=1").then().statusCode(200)
                .extract().path("items[0].reporterId");
    }

    @Test
    void nobodyButThemselvesCanBeNamedAsReporter() {
        TestCampaign c = TallyFixtures.campaign();
        UUID someone = UUID.randomUUID();
        UUID chapter = TallyFixtures.activeChapter();
        List<Map<String, String>> strangers = List.of(Map.of(),
                Map.of("Authorization", TestTokens.bearer("volunteer")),
                Map.of("X-API-Key", TallyFixtures.apiKey(ApiKeyScope.PARTNER, chapter)),
                Map.of("X-API-Key", TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null)),
                Map.of("Authorization", TestTokens.bearerFor(UUID.randomUUID(), chapter, "coordinator")),
                Map.of("Authorization", HQ), Map.of("Authorization", TallyFixtures.ADMIN));
        for (Map<String, String> caller : strangers) {
            as(caller).body(body(someone)).post(c.path() + "/report-backs").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem("reporterId"));
        }
        List<Object> kept = given().header("Authorization", HQ).get(c.path() + "/ledger").then().statusCode(200)
                .extract().path("items");
        assertEquals(List.of(), kept, "nothing of a refused report-back is kept");

        as(Map.of()).body(body(null)).post(c.path() + "/report-backs").then().statusCode(201);
        assertNull(newestReporter(c), "an anonymous report-back names nobody");

        UUID volunteer = UUID.randomUUID();
        String token = TestTokens.bearerFor(volunteer, null, "volunteer");
        as(Map.of("Authorization", token)).body(body(null)).post(c.path() + "/report-backs").then().statusCode(201);
        assertEquals(volunteer.toString(), newestReporter(c), "a volunteer reports as themselves");
        as(Map.of("Authorization", token)).body(body(volunteer)).post(c.path() + "/report-backs").then()
                .statusCode(201);
        assertEquals(volunteer.toString(), newestReporter(c), "naming oneself is allowed");
        as(Map.of("Authorization", token)).body(body(someone)).post(c.path() + "/report-backs").then()
                .statusCode(400).body("violations.field", hasItem("reporterId"));
        awaitTotal(c, "ACTIONS", 3);
    }
}
