package org.lettersofhope.tally.rebuild;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.ADMIN;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.OwnDatabaseResource;
import org.lettersofhope.commons.testing.OwnInfraProfile;
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

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Everything tally-service counts can be rebuilt from the log. With report-backs, a bulk report, adjustments (a
 * correction and one standing alone) and event-fed contributions recorded, every total, breakdown and series is
 * read; the database is then emptied (every table but the migrations' history), an admin asks for a rebuild from
 * the log, and every figure comes back exactly — report-backs included. Runs on a database and consumer groups of
 * its own, so the replay from offset 0 is its own.
 */
@QuarkusTest
@TestProfile(RebuildFromLogTest.OwnDatabase.class)
class RebuildFromLogTest {

    public static class OwnDatabase extends OwnInfraProfile {
        public OwnDatabase() {
            super(FreshDatabase.class);
        }
    }

    /** The shared infrastructure with a database of this test's own and consumer groups no one used before. */
    public static class FreshDatabase extends OwnDatabaseResource {
        @Override
        protected String prefix() {
            return "tally_replay";
        }

        @Override
        protected void configure(Map<String, String> config, String database) {
            config.put("letters.messaging.consumers.group-prefix", "tally-service.replay-" + database);
        }
    }

    @Test
    void anEmptyDatabaseReplayedFromOffsetZeroGivesEveryFigureExactly() throws Exception {
        // Fresh consumer groups start at offset 0: let them read what earlier tests left on the topics first.
        awaitCaughtUp();
        TestCampaign c = TallyFixtures.campaign();
        TestCampaign other = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        String entry = report(c, "{\"actionType\":\"POSTCARD\",\"quantity\":5,\"chapterId\":\"" + chapter
                + "\",\"region\":\"US-CA\",\"targetId\":\"" + c.targets().get(0) + "\",\"occurredAt\":\""
                + Instant.now().minus(Duration.ofDays(3)) + "\"}");
        report(c, "{\"actionType\":\"SOCIAL_POST\",\"quantity\":2,\"region\":\"US-NY\",\"hashtag\":\"#hope\"}");
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"entries\":[{\"actionType\":\"LETTER\",\"quantity\":40,\"chapterId\":\"" + chapter
                        + "\",\"region\":\"US-OR\"},{\"actionType\":\"CARD\",\"quantity\":7,\"chapterId\":\"" + chapter
                        + "\",\"occurredAt\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\"}]}")
                .post(c.path() + "/report-backs/bulk").then().statusCode(201);
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-2,\"reason\":\"two bounced\"}")
                .post(c.path() + "/adjustments").then().statusCode(201);
        given().header("Authorization", HQ).contentType(ContentType.JSON)
                .body("{\"actionType\":\"PETITION_SIGNATURE\",\"quantity\":30,\"reason\":\"paper signatures\","
                        + "\"region\":\"US-WA\",\"targetId\":\"" + c.targets().get(1) + "\"}")
                .post(c.path() + "/adjustments").then().statusCode(201);
        report(other, TallyFixtures.reportBack("EMAIL", 3));

        UUID event = UUID.randomUUID();
        List<EventEnvelope> events = List.of(
                EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service", new EventReportedBack(event,
                        CommunityEventKind.LETTER_WRITING, LocalDate.now().minusDays(2), "US-TX", chapter, c.id(), 20,
                        3, 9, 1, Instant.now())),
                EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK, "/volunteer-service", new EventReportedBack(event,
                        CommunityEventKind.LETTER_WRITING, LocalDate.now().minusDays(2), "US-TX", chapter, c.id(), 22,
                        3, 10, 2, Instant.now())),
                EventCodec.wrap(EventTypes.LETTER_LOGGED, "/letter-service", new LetterLogged(UUID.randomUUID(),
                        PieceKind.CARD, LetterOrigin.QUICK_NOTE, c.id(), null, null, null, chapter, "US-CA",
                        Instant.now())),
                EventCodec.wrap(EventTypes.ADVOCACY_PIECES_LOGGED, "/letter-service", new AdvocacyPiecesLogged(
                        UUID.randomUUID(), c.id(), c.targets().get(1), PieceKind.LETTER, 6, null, null, "US-NM",
                        LocalDate.now(), Instant.now())));
        for (EventEnvelope e : events) {
            TallyFixtures.publish(EventTypes.byName(e.type()).orElseThrow().topic(), e);
        }
        // 5 - 2 + 2 report-backs, 40 + 7 bulk, 30 adjustment, 22 + 3 from the event's latest report, 1 quick note,
        // 6 advocacy pieces
        awaitTotal(c, "ACTIONS", 114);
        awaitTotal(c, "EVENT_ATTENDEES", 10);
        awaitTotal(other, "ACTIONS", 3);

        // Normal running: tally-service reads its own ledger entries back and counts none of them again.
        awaitLedgerEventsConsumed(7);
        Thread.sleep(1500);
        assertEquals(114, TallyFixtures.total(c, "ACTIONS"));
        assertEquals(3, TallyFixtures.total(other, "ACTIONS"));
        List<String> live = RebuildTest.readings(c);
        List<String> liveOther = RebuildTest.readings(other);
        assertTrue(live.get(0).contains("ACTIONS=114"), live.get(0));

        emptyTheDatabase();
        assertEquals(0, count("select count(*) from ledger_entry") + count("select count(*) from tally_total"));

        given().header("Authorization", ADMIN).post("/api/admin/tallies/rebuild?from=log").then().statusCode(202)
                .body("consumers", org.hamcrest.Matchers.hasItem("tally-ledger"));
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> RebuildTest.readings(c).equals(live) && RebuildTest.readings(other).equals(liveOther));
        // The aggregator has nothing more to add, and a second replay (on a full database) changes nothing.
        given().header("Authorization", ADMIN).post("/api/admin/tallies/rebuild?from=log").then().statusCode(202);
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("select count(*) from consumed_event where consumer like '%tally-ledger'") >= 7
                        && count("select count(*) from tally_pending") == 0);
        Thread.sleep(3000);
        assertEquals(live, RebuildTest.readings(c));
        assertEquals(liveOther, RebuildTest.readings(other));
        // Rebuilt entries carry no person: no reporter, recorder or hashtag came through the log.
        assertEquals(0, count("select count(*) from ledger_entry where reporter_id is not null "
                + "or recorded_by is not null or hashtag is not null"));
        assertEquals(7, count("select count(*) from ledger_entry where campaign_id in ('" + c.id() + "', '"
                + other.id() + "')"));
    }

    /** Every consumer has read its partitions to their end (each assigned and its lag gauge at 0). */
    private static void awaitCaughtUp() {
        MeterRegistry metrics = Arc.container().instance(MeterRegistry.class).get();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var gauges = metrics.find("letters.consumer.lag").gauges();
            return gauges.size() >= 7
                    && gauges.stream().allMatch(g -> g.value() == 0);
        });
    }

    private static void awaitLedgerEventsConsumed(int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from consumed_event d join outbox_event o on o.id::text = "
                        + "d.event_id where o.topic = '" + Topics.LEDGER + "'") >= atLeast);
    }

    /** Every table emptied but the migrations' history: the database as a fresh deployment starts with. */
    private static void emptyTheDatabase() throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select tablename from pg_tables where schemaname = "
                    + "current_schema() and tablename not like 'flyway%'"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("truncate " + String.join(", ", tables) + " restart identity");
            }
        }
    }

    private static long count(String sql) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
