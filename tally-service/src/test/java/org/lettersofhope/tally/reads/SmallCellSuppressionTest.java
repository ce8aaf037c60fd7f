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

/**
 * The public never sees a chapter or region cell below 5, nor one that would give it away; staff and dashboard keys
 * see exact numbers. SubtractionAttackTest attacks every public figure at once.
 */
@QuarkusTest
class SmallCellSuppressionTest {

    @Test
    void smallChapterAndRegionCellsAreFewerThanFiveForThePublicOnly() {
        TestCampaign c = TallyFixtures.campaign();
        UUID big = TallyFixtures.activeChapter();
        UUID mid = TallyFixtures.activeChapter();
        UUID small = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":30,\"chapterId\":\"" + big + "\",\"region\":\"US-TX\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":9,\"chapterId\":\"" + mid + "\",\"region\":\"US-AZ\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":2,\"chapterId\":\"" + small + "\",\"region\":\"US-VT\"}");
        awaitTotal(c, "ACTIONS", 41);

        String body = given().get(c.path() + "/tallies/breakdown?by=CHAPTER").then().statusCode(200).extract()
                .asString();
        JsonPath pub = new JsonPath(body);
        assertEquals(big.toString(), pub.getString("cells[0].key"));
        assertEquals(30, pub.getInt("cells[0].count"));
        assertEquals(5, pub.getInt("cells.find { it.key == '" + small + "' }.fewerThan"), body);
        assertNull(pub.get("cells.find { it.key == '" + small + "' }.count"));
        // 41 - 30 would be the small chapter's count: the next smallest is hidden with it, without a bound.
        assertNull(pub.get("cells.find { it.key == '" + mid + "' }.count"), body);
        assertNull(pub.get("cells.find { it.key == '" + mid + "' }.fewerThan"), body);
        List<String> hiddenKeys = pub.getList("cells.findAll { it.count == null }.key");
        assertEquals(hiddenKeys.stream().sorted().toList(), hiddenKeys, "hidden cells come last, by key");
        assertEquals(true, body.contains("\"count\":null"), "a hidden count is there, as null: " + body);
        assertEquals(false, pub.getBoolean("withheld"));

        JsonPath regions = given().get(c.path() + "/tallies/breakdown?by=REGION").then().extract().jsonPath();
        assertEquals(30, regions.getInt("cells.find { it.key == 'US-TX' }.count"));
        assertEquals(5, regions.getInt("cells.find { it.key == 'US-VT' }.fewerThan"));
        assertNull(regions.get("cells.find { it.key == 'US-AZ' }.count"));
        JsonPath actions = given().get(c.path() + "/tallies/breakdown?by=ACTION").then().extract().jsonPath();
        assertEquals(41, actions.getInt("cells[0].count"), "only chapter and region cells are hidden");
        assertEquals(41, given().get(c.path() + "/tallies").then().extract().jsonPath().getInt("totals.ACTIONS"),
                "totals stay exact");
        JsonPath board = given().get(c.path() + "/tallies/leaderboard").then().extract().jsonPath();
        assertEquals(1, board.getInt("entries[0].rank"));
        assertEquals(30, board.getInt("entries[0].count"));
        assertNull(board.get("entries[1].rank"));
        assertNull(board.get("entries[1].count"));
        assertNull(board.get("entries[2].count"));

        String dashboard = TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null);
        for (var caller : List.of(Map.of("Authorization", HQ), Map.of("Authorization", TallyFixtures.ADMIN),
                Map.of("Authorization", TestTokens.bearerFor(UUID.randomUUID(), big, "coordinator")),
                Map.of("X-API-Key", dashboard))) {
            JsonPath exact = given().headers(caller).get(c.path() + "/tallies/breakdown?by=CHAPTER").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of(30, 9, 2), exact.getList("cells.count"), caller.keySet().toString());
        }
        for (var caller : List.of(Map.of("Authorization", TestTokens.bearer("volunteer")),
                Map.of("X-API-Key", TallyFixtures.apiKey(ApiKeyScope.PARTNER, small)))) {
            JsonPath hiddenAgain = given().headers(caller).get(c.path() + "/tallies/breakdown?by=CHAPTER").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(1, hiddenAgain.getList("cells.findAll { it.count != null }").size(),
                    caller.keySet().toString());
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
                assertEquals(true, r.get("fewerThan") == null || Integer.valueOf(5).equals(r.get("fewerThan")),
                        r.toString());
            } else {
                assertEquals(true, ((Number) count).intValue() >= 5, r.toString());
            }
        }
    }
}
