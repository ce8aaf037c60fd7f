package org.lettersofhope.tally.reads;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The CSV export of a campaign's totals, breakdowns and series. */
@QuarkusTest
class CsvExportTest {

    @Test
    void theExportHoldsTotalsBreakdownsAndTheDailySeriesAsRfc4180() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestCampaign c = TallyFixtures.campaign(100, today.minusDays(2), today.plusDays(2));
        UUID big = TallyFixtures.activeChapter();
        UUID mid = TallyFixtures.activeChapter();
        UUID small = TallyFixtures.activeChapter();
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":20,\"chapterId\":\"" + big + "\",\"occurredAt\":\""
                + today.minusDays(1) + "T12:00:00Z\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":9,\"chapterId\":\"" + mid + "\",\"occurredAt\":\""
                + today.minusDays(1) + "T12:00:00Z\"}");
        report(c, "{\"actionType\":\"SOCIAL_POST\",\"quantity\":2,\"chapterId\":\"" + small
                + "\",\"hashtag\":\"#Free_Them\"}");
        awaitTotal(c, "ACTIONS", 31);

        Response r = given().get(c.path() + "/tallies/export.csv?zone=UTC");
        r.then().statusCode(200).contentType("text/csv");
        assertTrue(r.header("Content-Disposition").contains("attachment"), r.header("Content-Disposition"));
        String csv = r.asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        assertEquals("section,metric,dimension,key,count,fewer_than", lines.get(0));
        assertTrue(lines.contains("total,ACTIONS,,,31,"), csv);
        assertTrue(lines.contains("total,EVENTS_HELD,,,0,"), csv);
        assertTrue(lines.contains("breakdown,ACTIONS,CHAPTER," + big + ",20,"), csv);
        assertTrue(lines.contains("breakdown,ACTIONS,CHAPTER," + small + ",,5"), "small cells hidden: " + csv);
        assertTrue(lines.contains("breakdown,ACTIONS,CHAPTER," + mid + ",,"), "and the next smallest: " + csv);
        assertTrue(lines.contains("breakdown,ACTIONS,ACTION,SOCIAL_POST,2,"), csv);
        assertTrue(lines.contains("day,ACTIONS,UTC," + today.minusDays(1) + ",29,"), csv);
        assertTrue(lines.contains("day,ACTIONS,UTC," + today + ",2,"), csv);
        for (String line : lines) {
            assertEquals(6, line.split(",", -1).length, line);
        }

        String exact = given().header("Authorization", HQ).get(c.path() + "/tallies/export.csv?interval=WEEK")
                .then().statusCode(200).extract().asString();
        assertTrue(exact.contains("breakdown,ACTIONS,CHAPTER," + small + ",2,"), exact);
        assertTrue(exact.contains("\r\nweek,ACTIONS,UTC,"), exact);
        given().get(c.path() + "/tallies/export.csv?zone=Nowhere/Land").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
