package org.lettersofhope.tally.reads;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The public never sees a chapter or region cell below 5; staff and dashboard keys see exact numbers. */
@QuarkusTest
class SmallCellSuppressionTest {

    @Test
    void smallChapterAndRegionCellsAreFewerThanFiveForThePublicOnly() {
        TestCampaign c = TallyFixtures.campaign();
        UUID big = TallyFixtures.activeChapter();
        UUID small = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":9,\"chapterId\":\"" + big + "\",\"region\":\"US-TX\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":2,\"chapterId\":\"" + small + "\",\"region\":\"US-VT\"}");
        awaitTotal(c, "ACTIONS", 11);

        String body = given().get(c.path() + "/tallies/breakdown?by=CHAPTER").then().statusCode(200).extract()
                .asString();
        JsonPath pub = new JsonPath(body);
        assertEquals(List.of(big.toString(), small.toString()), pub.getList("cells.key"));
        assertEquals(9, pub.getInt("cells[0].count"));
        assertNull(pub.get("cells[1].count"));
        assertEquals(5, pub.getInt("cells[1].fewerThan"));
        assertEquals(true, body.contains("\"count\":null"), "a hidden count is there, as null: " + body);

        JsonPath regions = given().get(c.path() + "/tallies/breakdown?by=REGION").then().extract().jsonPath();
        assertNull(regions.get("cells.find { it.key == 'US-VT' }.count"));
        JsonPath actions = given().get(c.path() + "/tallies/breakdown?by=ACTION").then().extract().jsonPath();
        assertEquals(11, actions.getInt("cells[0].count"), "only chapter and region cells are hidden");
        assertEquals(11, given().get(c.path() + "/tallies").then().extract().jsonPath().getInt("totals.ACTIONS"),
                "totals stay exact");
        JsonPath board = given().get(c.path() + "/tallies/leaderboard").then().extract().jsonPath();
        assertEquals(1, board.getInt("entries[0].rank"));
        assertNull(board.get("entries[1].rank"));
        assertNull(board.get("entries[1].count"));

        String dashboard = TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null);
        for (var caller : List.of(Map.of("Authorization", HQ), Map.of("Authorization", TallyFixtures.ADMIN),
                Map.of("Authorization", TestTokens.bearerFor(UUID.randomUUID(), big, "coordinator")),
                Map.of("X-API-Key", dashboard))) {
            JsonPath exact = given().headers(caller).get(c.path() + "/tallies/breakdown?by=CHAPTER").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of(9, 2), exact.getList("cells.count"), caller.keySet().toString());
        }
        for (var caller : List.of(Map.of("Authorization", TestTokens.bearer("volunteer")),
                Map.of("X-API-Key", TallyFixtures.apiKey(ApiKeyScope.PARTNER, small)))) {
            JsonPath hiddenAgain = given().headers(caller).get(c.path() + "/tallies/breakdown?by=CHAPTER").then()
                    .statusCode(200).extract().jsonPath();
            assertNull(hiddenAgain.get("cells[1].count"), caller.keySet().toString());
        }
    }

    @Test
    void theVolunteerTallyHidesSmallRegionsFromThePublic() {
        // Regions with registrations from other tests are anywhere in the list; the overall total is exact.
        JsonPath pub = given().get("/api/tallies/volunteers").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> regions = pub.getList("byRegion");
        for (Map<String, Object> r : regions) {
            Object count = r.get("count");
            if (count == null) {
                assertEquals(5, r.get("fewerThan"));
            } else {
                assertEquals(true, ((Number) count).intValue() >= 5, r.toString());
            }
        }
    }
}
