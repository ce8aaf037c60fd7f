package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CampaignClosed;
import org.lettersofhope.shared.event.letter.CampaignKind;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The public report-back: what it counts, and every kind of bad input refused with a problem, never a 500. */
@QuarkusTest
class ReportBackResourceTest {

    @Test
    void aReportBackIsCountedTowardsTheCampaignWithinASecond() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        given().contentType(ContentType.JSON)
                .body("""
                        {"actionType":"POSTCARD","quantity":5,"chapterId":"%s","region":"us-ca","targetId":"%s"}"""
                        .formatted(chapter, c.targets().get(0)))
                .when().post(c.path() + "/report-backs")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("kind", equalTo("REPORT_BACK"))
                .body("quantity", equalTo(5))
                .body("region", equalTo("US-CA"))
                .body("reporterId", equalTo(null));
        awaitTotal(c, "ACTIONS", 5);
        report(c, reportBack("CALL", 2));
        awaitTotal(c, "ACTIONS", 7);
    }

    @Test
    void aSocialPostNamesItsHashtagAndOnlyItDoes() {
        TestCampaign c = TallyFixtures.campaign();
        given().contentType(ContentType.JSON).body("{\"actionType\":\"SOCIAL_POST\",\"quantity\":1,"
                + "\"hashtag\":\"FreeThemAll\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(201).body("hashtag", equalTo("#FreeThemAll"));
        given().contentType(ContentType.JSON).body("{\"actionType\":\"SOCIAL_POST\",\"quantity\":1}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("hashtag"));
        given().contentType(ContentType.JSON).body("{\"actionType\":\"LETTER\",\"quantity\":1,\"hashtag\":\"#x\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("hashtag"));
        given().contentType(ContentType.JSON).body("{\"actionType\":\"SOCIAL_POST\",\"quantity\":1,"
                + "\"hashtag\":\"#no spaces<b>\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("hashtag"));
    }

    @Test
    void absurdQuantitiesAreRefusedNamingTheField() {
        TestCampaign c = TallyFixtures.campaign();
        for (String quantity : new String[] { "0", "-5", "101", "2147483648", "1.5", "\"five\"", "null" }) {
            given().contentType(ContentType.JSON)
                    .body("{\"actionType\":\"LETTER\",\"quantity\":" + quantity + "}")
                    .when().post(c.path() + "/report-backs")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("quantity"));
        }
    }

    @Test
    void datesInTheFutureOrLongAgoAreRefused() {
        TestCampaign c = TallyFixtures.campaign();
        for (Instant when : new Instant[] { Instant.now().plus(1, ChronoUnit.DAYS),
                Instant.now().plus(3650, ChronoUnit.DAYS), Instant.now().minus(400, ChronoUnit.DAYS) }) {
            given().contentType(ContentType.JSON)
                    .body("{\"actionType\":\"LETTER\",\"quantity\":1,\"occurredAt\":\"" + when + "\"}")
                    .when().post(c.path() + "/report-backs")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("occurredAt"));
        }
        given().contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":1,\"occurredAt\":\"+999999999-12-31T23:59:59Z\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":1,\"occurredAt\":\"yesterday\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("occurredAt"));
    }

    @Test
    void malformedAndUnknownFieldsAreProblems() {
        TestCampaign c = TallyFixtures.campaign();
        given().contentType(ContentType.JSON).body("{\"actionType\":\"TELEGRAM\",\"quantity\":1}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("actionType"));
        given().contentType(ContentType.JSON).body("{\"actionType\":\"LETTER\",\"quantity\":1,\"region\":\"Texas\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("region"));
        given().contentType(ContentType.JSON).body("{\"actionType\":\"LETTER\",\"quantity\":1,\"chapterId\":\"x\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).body("violations.field", hasItem("chapterId"));
        given().contentType(ContentType.JSON).body("{\"actionType\":")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[]")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("five letters")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"actionType\":\"LETTER\",\"quantity\":1,\"pad\":\""
                + "x".repeat(300_000) + "\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUnknownCampaignIsNotFoundAndNamed() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(reportBack("LETTER", 1))
                .when().post("/api/campaigns/" + unknown + "/report-backs")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(unknown.toString()));
        given().contentType(ContentType.JSON).body(reportBack("LETTER", 1))
                .when().post("/api/campaigns/not-a-uuid/report-backs")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aClosedCampaignTakesNoMoreReportBacks() {
        TestCampaign c = TallyFixtures.campaign();
        report(c, reportBack("LETTER", 3));
        TallyFixtures.publish(EventTypes.CAMPAIGN_CLOSED, new CampaignClosed(c.id(), CampaignKind.ADVOCACY,
                Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> "CLOSED".equals(given().get(c.path() + "/tallies").path("status")));
        given().contentType(ContentType.JSON).body(reportBack("LETTER", 1))
                .when().post(c.path() + "/report-backs")
                .then().statusCode(409).contentType("application/problem+json");
        awaitTotal(c, "ACTIONS", 3);
    }

    @Test
    void anInactiveChapterOrAForeignTargetIsUnprocessable() {
        TestCampaign c = TallyFixtures.campaign();
        given().contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":1,\"chapterId\":\"" + UUID.randomUUID() + "\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("chapterId"));
        given().contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":1,\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .when().post(c.path() + "/report-backs")
                .then().statusCode(422).body("violations.field", hasItem("targetId"));
    }
}
