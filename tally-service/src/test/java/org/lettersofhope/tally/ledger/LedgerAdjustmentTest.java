package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lettersofhope.tally.support.TallyFixtures.ADMIN;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Corrections are adjusting entries with a reason; the ledger's history is never edited. */
@QuarkusTest
class LedgerAdjustmentTest {

    @Inject
    AgroalDataSource dataSource;

    static io.restassured.response.Response adjust(TestCampaign c, String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(c.path() + "/adjustments");
    }

    @Test
    void aCoordinatorCorrectsAnEntryWithAReasonAndTheLedgerKeepsBoth() {
        TestCampaign c = TallyFixtures.campaign();
        String entry = report(c, reportBack("LETTER", 10));
        awaitTotal(c, "ACTIONS", 10);

        adjust(c, HQ, "{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-4,\"reason\":\"Counted twice\"}")
                .then().statusCode(201)
                .body("kind", equalTo("ADJUSTMENT"))
                .body("correctsEntryId", equalTo(entry))
                .body("actionType", equalTo("LETTER"))
                .body("quantity", equalTo(-4))
                .body("reason", equalTo("Counted twice"));
        awaitTotal(c, "ACTIONS", 6);

        List<String> kinds = given().header("Authorization", HQ).get(c.path() + "/ledger")
                .then().statusCode(200).extract().path("items.kind");
        assertEquals(List.of("ADJUSTMENT", "REPORT_BACK"), kinds);
        given().header("Authorization", HQ).get(c.path() + "/ledger?kind=REPORT_BACK")
                .then().statusCode(200).body("items[0].quantity", equalTo(10));
    }

    @Test
    void anEntryCannotBeCorrectedBelowZeroNorACorrectionCorrected() {
        TestCampaign c = TallyFixtures.campaign();
        String entry = report(c, reportBack("CALL", 3));
        String first = adjust(c, HQ, "{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-2,\"reason\":\"typo\"}")
                .then().statusCode(201).extract().path("id");
        adjust(c, HQ, "{\"correctsEntryId\":\"" + entry + "\",\"quantity\":-2,\"reason\":\"again\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("quantity"));
        adjust(c, HQ, "{\"correctsEntryId\":\"" + first + "\",\"quantity\":1,\"reason\":\"undo\"}")
                .then().statusCode(422).body("violations.field", hasItem("correctsEntryId"));
        adjust(c, HQ, "{\"correctsEntryId\":\"" + UUID.randomUUID() + "\",\"quantity\":1,\"reason\":\"nothing\"}")
                .then().statusCode(422).body("violations.field", hasItem("correctsEntryId"));
        awaitTotal(c, "ACTIONS", 1);
    }

    @Test
    void aStandaloneAdjustmentNeedsWhatItCountsAndAReason() {
        TestCampaign c = TallyFixtures.campaign();
        adjust(c, ADMIN, "{\"quantity\":25,\"actionType\":\"PETITION_SIGNATURE\",\"reason\":\"Paper petition "
                + "signatures counted at the rally\"}").then().statusCode(201);
        awaitTotal(c, "ACTIONS", 25);
        adjust(c, HQ, "{\"quantity\":5,\"reason\":\"no action type\"}")
                .then().statusCode(400).body("violations.field", hasItem("actionTypeConsistent"));
        adjust(c, HQ, "{\"quantity\":0,\"actionType\":\"CALL\",\"reason\":\"zero\"}")
                .then().statusCode(400).body("violations.field", hasItem("quantityNonZero"));
        adjust(c, HQ, "{\"quantity\":5,\"actionType\":\"CALL\"}")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        adjust(c, HQ, "{\"quantity\":5,\"actionType\":\"CALL\",\"reason\":\"<script>x</script>\"}")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        adjust(c, HQ, "{\"quantity\":1000001,\"actionType\":\"CALL\",\"reason\":\"too much\"}")
                .then().statusCode(400).body("violations.field", hasItem("quantity"));
    }

    @Test
    void aChapterCoordinatorAdjustsOnlyTheirChapter() {
        TestCampaign c = TallyFixtures.campaign();
        UUID mine = TallyFixtures.activeChapter();
        UUID theirs = TallyFixtures.activeChapter();
        String coordinator = TestTokens.bearerFor(UUID.randomUUID(), mine, "coordinator");
        String theirEntry = report(c, "{\"actionType\":\"LETTER\",\"quantity\":4,\"chapterId\":\"" + theirs + "\"}");
        String myEntry = report(c, "{\"actionType\":\"LETTER\",\"quantity\":4,\"chapterId\":\"" + mine + "\"}");
        adjust(c, coordinator, "{\"correctsEntryId\":\"" + theirEntry
                + "\",\"quantity\":-1,\"reason\":\"not my chapter\"}")
                .then().statusCode(422);
        adjust(c, coordinator, "{\"correctsEntryId\":\"" + myEntry
                + "\",\"quantity\":-1,\"reason\":\"one was a draft\"}")
                .then().statusCode(201).body("chapterId", equalTo(mine.toString()));
        adjust(c, coordinator, "{\"quantity\":2,\"actionType\":\"CALL\",\"chapterId\":\"" + theirs
                + "\",\"reason\":\"not mine\"}").then().statusCode(403);
        given().header("Authorization", coordinator).get(c.path() + "/ledger")
                .then().statusCode(200).body("items.chapterId", org.hamcrest.Matchers.everyItem(equalTo(mine.toString())));
        awaitTotal(c, "ACTIONS", 7);
    }

    @Test
    void theDatabaseRefusesToEditOrDeleteHistory() throws SQLException {
        TestCampaign c = TallyFixtures.campaign();
        String entry = report(c, reportBack("LETTER", 2));
        for (String sql : new String[] { "update ledger_entry set quantity = 200 where id = ?",
                "delete from ledger_entry where id = ?" }) {
            try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setObject(1, UUID.fromString(entry));
                SQLException refused = assertThrows(SQLException.class, ps::executeUpdate);
                assertEquals(true, refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        awaitTotal(c, "ACTIONS", 2);
    }
}
