package org.lettersofhope.tally.reads;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Daily and weekly series, summed in the asker's time zone. */
@QuarkusTest
class SeriesTest {

    @Test
    void theSameReportBacksFallOnDifferentDaysInDifferentTimeZones() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate day = today.minusDays(3);
        TestCampaign c = TallyFixtures.campaign(100, today.minusDays(20), today.plusDays(5));
        // 03:00 UTC is still the evening before in Chicago; 15:00 UTC is the same day everywhere in the Americas.
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":7,\"occurredAt\":\"" + day + "T03:00:00Z\"}");
        report(c, "{\"actionType\":\"LETTER\",\"quantity\":5,\"occurredAt\":\"" + day + "T15:00:00Z\"}");
        awaitTotal(c, "ACTIONS", 12);

        JsonPath utc = series(c, "zone=UTC&from=" + day.minusDays(1) + "&to=" + day);
        assertEquals(List.of(day.minusDays(1).toString(), day.toString()), utc.getList("points.start"));
        assertEquals(List.of(0, 12), utc.getList("points.count"));

        JsonPath chicago = series(c, "zone=America/Chicago&from=" + day.minusDays(1) + "&to=" + day);
        assertEquals("America/Chicago", chicago.getString("zone"));
        assertEquals(List.of(7, 5), chicago.getList("points.count"));

        JsonPath tokyo = series(c, "zone=Asia/Tokyo&from=" + day + "&to=" + day.plusDays(1));
        assertEquals(List.of(7, 5), tokyo.getList("points.count"));
    }

    @Test
    void weeksStartOnMondayAndEveryPeriodIsListed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestCampaign c = TallyFixtures.campaign(100, today.minusDays(60), today.plusDays(5));
        LocalDate recentMonday = today.minusDays(14).with(java.time.DayOfWeek.MONDAY);
        report(c, "{\"actionType\":\"CARD\",\"quantity\":2,\"occurredAt\":\"" + recentMonday.plusDays(2)
                + "T12:00:00Z\"}");
        report(c, "{\"actionType\":\"CARD\",\"quantity\":3,\"occurredAt\":\"" + recentMonday.plusDays(6)
                + "T12:00:00Z\"}");
        awaitTotal(c, "ACTIONS", 5);
        JsonPath weeks = series(c, "interval=WEEK&from=" + recentMonday.minusDays(3) + "&to="
                + recentMonday.plusDays(7));
        assertEquals(List.of(recentMonday.minusWeeks(1).toString(), recentMonday.toString(),
                recentMonday.plusWeeks(1).toString()), weeks.getList("points.start"));
        assertEquals(List.of(0, 5, 0), weeks.getList("points.count"));
    }

    @Test
    void badRangesAndZonesAreRefusedNamingTheParameter() {
        TestCampaign c = TallyFixtures.campaign();
        given().get(c.path() + "/tallies/series?zone=Mars/Olympus").then().statusCode(400)
                .body("violations.field", hasItem("zone"));
        given().get(c.path() + "/tallies/series?from=2026-13-01").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().get(c.path() + "/tallies/series?from=2026-05-02&to=2026-05-01").then().statusCode(400);
        given().get(c.path() + "/tallies/series?from=2020-01-01&to=2026-01-01").then().statusCode(400);
        given().get(c.path() + "/tallies/series?interval=MONTH").then().statusCode(400)
                .body("violations.field", hasItem("interval"));
    }

    static JsonPath series(TestCampaign c, String query) {
        return given().get(c.path() + "/tallies/series?" + query).then().statusCode(200).extract().jsonPath();
    }
}
