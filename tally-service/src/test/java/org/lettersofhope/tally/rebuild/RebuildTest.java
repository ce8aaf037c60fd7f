package org.lettersofhope.tally.rebuild;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.ADMIN;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.letter.AdvocacyPiecesLogged;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.PieceKind;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An admin rebuilds every tally from its sources; the rebuilt totals equal the live ones. */
@QuarkusTest
class RebuildTest {

    /** Everything a dashboard or an export reads of the campaign, exactly. */
    static List<String> readings(TestCampaign c) {
        List<String> out = new ArrayList<>();
        out.add(given().header("Authorization", HQ).get(c.path() + "/tallies").then().statusCode(200).extract()
                .jsonPath().getMap("totals").toString());
        for (String by : List.of("CHAPTER", "REGION", "TARGET", "ACTION", "SOURCE")) {
            for (String metric : List.of("ACTIONS", "EVENT_ATTENDEES", "LETTERS_LOGGED")) {
                out.add(by + " " + metric + " " + given().header("Authorization", HQ)
                        .get(c.path() + "/tallies/breakdown?by=" + by + "&metric=" + metric).then().extract()
                        .jsonPath().getList("cells"));
            }
        }
        out.add(given().header("Authorization", HQ).get(c.path() + "/tallies/series?zone=America/Chicago").then()
                .extract().jsonPath().getList("points").toString());
        return out;
    }

    @Test
    void rebuildingFromTheLedgerAndTheCountedEventsGivesTheLiveTotals() {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        String entry = report(c, "{\"actionType\":\"POSTCARD\",\"quantity\":5,\"chapterId\":\"" + chapter
                + "\",\"region\":\"US-CA\",\"targetId\":\"" + c.targets().get(0) + "\"}");
        report(c, "{\"actionType\":\"CALL\",\"quantity\":2,\"region\":\"US-NY\"}");
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-1,\"reason\":\"one bounced\"}")
                .post(c.path() + "/adjustments").then().statusCode(201);

        UUID event = UUID.randomUUID();
        EventEnvelope first = EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service",
                new EventReportedBack(event, CommunityEventKind.LETTER_WRITING, LocalDate.now().minusDays(2), "US-TX",
                        chapter, c.id(), 20, 3, 9, 1, Instant.now()));
        EventEnvelope correction = EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service",
                new EventReportedBack(event, CommunityEventKind.LETTER_WRITING, LocalDate.now().minusDays(2), "US-TX",
                        chapter, c.id(), 22, 3, 10, 2, Instant.now()));
        EventEnvelope logged = EventCodec.wrap(EventTypes.LETTER_LOGGED, "/letter-service", new LetterLogged(
                UUID.randomUUID(), PieceKind.CARD, LetterOrigin.QUICK_NOTE, c.id(), null, null, null, chapter,
                "US-CA", Instant.now()));
        EventEnvelope pieces = EventCodec.wrap(EventTypes.ADVOCACY_PIECES_LOGGED, "/letter-service",
                new AdvocacyPiecesLogged(UUID.randomUUID(), c.id(), c.targets().get(1), PieceKind.LETTER, 6, null,
                        null, "US-NM", LocalDate.now(), Instant.now()));
        for (int i = 0; i < 2; i++) { // every event twice: duplicates must not count
            TallyFixtures.publish(Topics.COMMUNITY_EVENTS, first);
            TallyFixtures.publish(Topics.COMMUNITY_EVENTS, correction);
            TallyFixtures.publish(Topics.LETTERS, logged);
            TallyFixtures.publish(Topics.LETTERS, pieces);
        }
        // 5 - 1 + 2 report-backs, 22 + 3 from the event's latest report, 1 quick note, 6 advocacy pieces
        awaitTotal(c, "ACTIONS", 38);
        awaitTotal(c, "LETTERS_LOGGED", 1);
        awaitTotal(c, "EVENT_ATTENDEES", 10);
        List<String> live = readings(c);

        given().header("Authorization", ADMIN).post("/api/admin/tallies/rebuild")
                .then().statusCode(200)
                .body("contributions", org.hamcrest.Matchers.greaterThan(0));
        List<String> rebuilt = readings(c);
        assertEquals(live, rebuilt);
        assertTrue(live.get(0).contains("ACTIONS=38"), live.get(0));

        // Counting goes on after a rebuild, exactly once.
        report(c, TallyFixtures.reportBack("EMAIL", 4));
        awaitTotal(c, "ACTIONS", 42);
        TallyFixtures.publish(Topics.LETTERS, logged);
        report(c, TallyFixtures.reportBack("EMAIL", 1));
        awaitTotal(c, "ACTIONS", 43);
        assertEquals(1, TallyFixtures.total(c, "LETTERS_LOGGED"));
    }
}
