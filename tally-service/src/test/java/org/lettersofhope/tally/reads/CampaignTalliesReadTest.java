package org.lettersofhope.tally.reads;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Totals, goal progress, breakdowns and the chapter leaderboard, read from the counters. */
@QuarkusTest
class CampaignTalliesReadTest {

    @Test
    void totalsShowGoalProgressAndThePaceNeeded() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        TestCampaign c = TallyFixtures.campaign(200, today.minusDays(5), today.plusDays(9));
        report(c, "{\"actionType\":\"POSTCARD\",\"quantity\":50}");
        awaitTotal(c, "ACTIONS", 50);
        JsonPath t = given().get(c.path() + "/tallies?zone=UTC").then().statusCode(200).extract().jsonPath();
        assertEquals(c.id().toString(), t.getString("campaignId"));
        assertEquals("OPEN", t.getString("status"));
        assertEquals(50, t.getLong("goal.count"));
        assertEquals(200, t.getInt("goal.goal"));
        assertEquals(25.0, t.getDouble("goal.percent"));
        assertEquals(150, t.getLong("goal.remaining"));
        assertEquals(10, t.getInt("goal.daysLeft"), "today and the 9 days after it");
        assertEquals(15, t.getLong("goal.pacePerDay"));
        assertEquals(0, t.getLong("totals.EVENTS_HELD"), "every metric is listed, 0 when nothing was counted");

        // Closed before its end date: the count and the goal stay, the pace and the days left go.
        TallyFixtures.publish(org.lettersofhope.shared.event.EventTypes.CAMPAIGN_CLOSED,
                new org.lettersofhope.shared.event.letter.CampaignClosed(c.id(),
                        org.lettersofhope.shared.event.letter.CampaignKind.ADVOCACY, java.time.Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> "CLOSED".equals(given().get(c.path() + "/tallies").path("status")));
        JsonPath closed = given().get(c.path() + "/tallies?zone=UTC").then().statusCode(200).extract().jsonPath();
        assertEquals(50, closed.getLong("goal.count"));
        assertEquals(150, closed.getLong("goal.remaining"));
        org.junit.jupiter.api.Assertions.assertNull(closed.get("goal.pacePerDay"));
        org.junit.jupiter.api.Assertions.assertNull(closed.get("goal.daysLeft"));
    }

    @Test
    void aMetricBreaksDownByChapterRegionTargetActionAndSource() {
        TestCampaign c = TallyFixtures.campaign();
        UUID a = TallyFixtures.activeChapter();
        UUID b = TallyFixtures.activeChapter();
        UUID target = c.targets().get(0);
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":30,\"chapterId\":\"" + a + "\",\"region\":\"US-TX\","
                + "\"targetId\":\"" + target + "\"}");
        report(c, "{\"actionType\":\"CALL\",\"quantity\":12,\"chapterId\":\"" + b + "\",\"region\":\"US-CA\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":6,\"chapterId\":\"" + b + "\",\"region\":\"US-CA\"}");
        awaitTotal(c, "ACTIONS", 48);

        given().header("Authorization", HQ).get(c.path() + "/tallies/breakdown?by=CHAPTER")
                .then().statusCode(200)
                .body("metric", equalTo("ACTIONS"))
                .body("cells.key", contains(a.toString(), b.toString()))
                .body("cells.count", contains(30, 18));
        given().get(c.path() + "/tallies/breakdown?by=REGION&metric=actions")
                .then().statusCode(200).body("cells.key", contains("US-TX", "US-CA"));
        given().get(c.path() + "/tallies/breakdown?by=TARGET")
                .then().statusCode(200).body("cells.key", contains(target.toString()))
                .body("cells.count", contains(30));
        given().get(c.path() + "/tallies/breakdown?by=ACTION")
                .then().statusCode(200).body("cells.key", contains("LETTER", "CALL"))
                .body("cells.count", contains(36, 12));
        given().get(c.path() + "/tallies/breakdown?by=SOURCE")
                .then().statusCode(200).body("cells.key", contains("REPORT_BACK"));
        given().get(c.path() + "/tallies/breakdown?by=COLOUR").then().statusCode(400);
        given().get(c.path() + "/tallies/breakdown").then().statusCode(400);
        given().get(c.path() + "/tallies/breakdown?by=CHAPTER&metric=HUGS").then().statusCode(400);
    }

    @Test
    void theLeaderboardRanksChaptersAndEqualCountsShareARank() {
        TestCampaign c = TallyFixtures.campaign();
        UUID first = TallyFixtures.activeChapter();
        UUID tiedA = TallyFixtures.activeChapter();
        UUID tiedB = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":50,\"chapterId\":\"" + first + "\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":20,\"chapterId\":\"" + tiedA + "\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":20,\"chapterId\":\"" + tiedB + "\"}");
        awaitTotal(c, "ACTIONS", 90);
        JsonPath board = given().get(c.path() + "/tallies/leaderboard").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2, 2), board.getList("entries.rank"));
        assertEquals(first.toString(), board.getString("entries[0].chapterId"));
        assertEquals(List.of(50, 20, 20), board.getList("entries.count"));
        given().get(c.path() + "/tallies/leaderboard?limit=1").then().body("entries.size()", equalTo(1));
        given().get(c.path() + "/tallies/leaderboard?limit=0").then().statusCode(400);
        given().get(c.path() + "/tallies/leaderboard?limit=1000").then().statusCode(400);
    }

    @Test
    void readsOfAnUnknownCampaignAreNotFound() {
        String unknown = "/api/campaigns/" + UUID.randomUUID() + "/tallies";
        for (String path : List.of("", "/breakdown?by=CHAPTER", "/series", "/leaderboard", "/export.csv")) {
            given().get(unknown + path).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
