package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.ADMIN;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * No adjustment drives any count below zero — the total, nor any cell of any breakdown, nor any day — and
 * adjustments are bounded; refusals are 422 problems naming the field.
 */
@QuarkusTest
class AdjustmentBoundsTest {

    static io.restassured.response.ValidatableResponse adjust(TestCampaign c, String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(c.path() + "/adjustments").then();
    }

    @Test
    void takingAwayIsCorrectingAnEntryAndNeverBelowZero() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestCampaign c = TallyFixtures.campaign(100, today.minusDays(3), today.plusDays(3));
        UUID a = TallyFixtures.activeChapter();
        UUID b = TallyFixtures.activeChapter();
        String big = report(c, "{\"actionType\":\"LETTER\",\"quantity\":4,\"chapterId\":\"" + a + "\",\"region\":"
                + "\"US-TX\",\"targetId\":\"" + c.targets().get(0) + "\",\"occurredAt\":\"" + today.minusDays(1)
                + "T12:00:00Z\"}");
        String small = report(c, "{\"actionType\":\"POSTCARD\",\"quantity\":2,\"chapterId\":\"" + b
                + "\",\"region\":\"US-VT\"}");
        report(c, TallyFixtures.reportBack("CALL", 3));
        awaitTotal(c, "ACTIONS", 9);
        String coordinatorOfA = TestTokens.bearerFor(UUID.randomUUID(), a, "coordinator");

        // Standing alone, an adjustment only adds: a negative one would take from cells it knows nothing of.
        for (String who : List.of(HQ, ADMIN, coordinatorOfA)) {
            adjust(c, who, "{\"quantity\":-1,\"actionType\":\"LETTER\",\"chapterId\":\"" + a
                    + "\",\"reason\":\"took one away\"}").statusCode(422).contentType("application/problem+json")
                    .body("violations.field", hasItem("quantity"));
        }
        adjust(c, HQ, "{\"quantity\":-3,\"actionType\":\"POSTCARD\",\"region\":\"US-VT\",\"reason\":\"region\"}")
                .statusCode(422).body("violations.field", hasItem("quantity"));
        // Bounded either way.
        for (int q : new int[] { -100_000, 10_001, -10_001 }) {
            adjust(c, HQ, "{\"quantity\":" + q + ",\"actionType\":\"LETTER\",\"reason\":\"far too much\"}")
                    .statusCode(400).body("violations.field", hasItem("quantity"));
        }
        // A correction takes away at most what the entry still counts.
        adjust(c, HQ, "{\"correctsEntryId\":\"" + small + "\",\"quantity\":-3,\"reason\":\"too many\"}")
                .statusCode(422).body("violations.field", hasItem("quantity"));
        adjust(c, HQ, "{\"correctsEntryId\":\"" + small + "\",\"quantity\":-2,\"reason\":\"a duplicate\"}")
                .statusCode(201);
        adjust(c, HQ, "{\"correctsEntryId\":\"" + small + "\",\"quantity\":-1,\"reason\":\"once more\"}")
                .statusCode(422).body("violations.field", hasItem("quantity"));
        adjust(c, coordinatorOfA, "{\"correctsEntryId\":\"" + big + "\",\"quantity\":-5,\"reason\":\"all of it\"}")
                .statusCode(422).body("violations.field", hasItem("quantity"));
        // A stand-alone adjustment is taken back by correcting it.
        String rally = adjust(c, HQ, "{\"quantity\":5,\"actionType\":\"PETITION_SIGNATURE\",\"chapterId\":\"" + a
                + "\",\"reason\":\"paper signatures\"}").statusCode(201).extract().path("id");
        adjust(c, HQ, "{\"correctsEntryId\":\"" + rally + "\",\"quantity\":-5,\"reason\":\"counted elsewhere\"}")
                .statusCode(201);
        adjust(c, HQ, "{\"correctsEntryId\":\"" + rally + "\",\"quantity\":-1,\"reason\":\"and more\"}")
                .statusCode(422).body("violations.field", hasItem("quantity"));
        awaitTotal(c, "ACTIONS", 7);

        for (String by : List.of("CHAPTER", "REGION", "TARGET", "ACTION", "SOURCE")) {
            JsonPath cells = given().header("Authorization", HQ).get(c.path() + "/tallies/breakdown?by=" + by)
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> cell : cells.<Map<String, Object>>getList("cells")) {
                assertTrue(((Number) cell.get("count")).longValue() >= 0, by + " cell below zero: " + cell);
            }
        }
        JsonPath sources = given().header("Authorization", HQ).get(c.path() + "/tallies/breakdown?by=SOURCE")
                .then().extract().jsonPath();
        assertEquals(7, sources.getInt("cells.find { it.key == 'REPORT_BACK' }.count"),
                "a correction counts in the source of the entry it corrects");
        JsonPath series = given().header("Authorization", HQ).get(c.path() + "/tallies/series?zone=UTC").then()
                .statusCode(200).extract().jsonPath();
        for (Integer n : series.getList("points.count", Integer.class)) {
            assertTrue(n >= 0, "a day below zero: " + series.prettify());
        }
        assertEquals(7, series.getList("points.count", Integer.class).stream().mapToInt(Integer::intValue).sum());
    }
}
