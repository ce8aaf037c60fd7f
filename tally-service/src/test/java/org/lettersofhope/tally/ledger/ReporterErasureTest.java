package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A volunteer's erasure, announced through the real broker, leaves their id in no row of tally-service — neither as
 * the reporter of their report-backs nor as the recorder of their adjustments — and leaves every total as it was.
 */
@QuarkusTest
class ReporterErasureTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anErasedVolunteerIsForgottenAsReporterAndRecorderAndTheTotalsStay() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        UUID chapter = TallyFixtures.activeChapter();
        UUID person = UUID.randomUUID();
        String entry = given().header("Authorization", TestTokens.bearerFor(person, null, "volunteer"))
                .contentType(ContentType.JSON)
                .body("{\"actionType\":\"LETTER\",\"quantity\":6,\"chapterId\":\"" + chapter + "\",\"reporterId\":\""
                        + person + "\"}")
                .when().post(c.path() + "/report-backs").then().statusCode(201).extract().path("id");
        // the same person, as their chapter's coordinator, corrects it
        given().header("Authorization", TestTokens.bearerFor(person, chapter, "coordinator"))
                .contentType(ContentType.JSON)
                .body("{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-1,\"reason\":\"One was a postcard\"}")
                .when().post(c.path() + "/adjustments").then().statusCode(201);
        awaitTotal(c, "ACTIONS", 5);
        List<Map<String, Object>> before = figures(c);
        assertEquals(List.of("ledger_entry.recorded_by", "ledger_entry.reporter_id"), columnsHolding(person));

        TallyFixtures.publish(Topics.VOLUNTEERS, EventCodec.wrap(EventTypes.VOLUNTEER_ERASED, "/volunteer-service",
                new VolunteerErased(person, "US-CA", chapter, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> columnsHolding(person).isEmpty());

        assertEquals(List.of(List.of("REPORT_BACK", 6, "null", "null"), List.of("ADJUSTMENT", -1, "erased", "null")),
                entries(c.id()));
        assertEquals(before, figures(c));
    }

    /** The campaign's totals and goal, as headquarters reads them (the answer's time aside). */
    private static List<Map<String, Object>> figures(TestCampaign c) {
        var json = TallyFixtures.totals(c);
        return List.of(json.getMap("totals"), json.getMap("goal"));
    }

    private List<List<Object>> entries(UUID campaign) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(
                "select kind, quantity, coalesce(recorded_by, 'null'), coalesce(reporter_id::text, 'null') "
                        + "from ledger_entry where campaign_id = ? order by seq")) {
            ps.setObject(1, campaign);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    /**
     * Every column of every table that holds the id, as a uuid or inside text; the outbox's events aside, and the
     * volunteer standing projection, whose row marks the erasure and so refuses the person's tokens.
     */
    private List<String> columnsHolding(UUID id) throws SQLException {
        List<String> holding = new ArrayList<>();
        try (Connection conn = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select table_name, column_name, data_type from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('uuid', 'character varying', 'text', 'jsonb', 'character')
                      and table_name not in ('outbox_event', 'flyway_schema_history', 'volunteer_standing')
                    order by table_name, column_name""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
                }
            }
            for (String[] c : columns) {
                boolean uuid = c[2].equals("uuid");
                try (PreparedStatement ps = conn.prepareStatement("select count(*) from " + c[0] + " where "
                        + (uuid ? c[1] + " = ?" : c[1] + "::text like '%' || ? || '%'"))) {
                    if (uuid) {
                        ps.setObject(1, id);
                    } else {
                        ps.setString(1, id.toString());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add(c[0] + "." + c[1]);
                        }
                    }
                }
            }
        }
        return holding;
    }
}
