package org.lettersofhope.letter.followups;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.penPalLetterBody;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Headquarters' follow-ups: quiet pen pals and detained people without letters. Only rows this test moves years into
 * the past are old enough to be listed, so other tests' pen pals and recipients never show.
 */
@QuarkusTest
class FollowUpResourceTest {

    private static void backdate(String sql, Object id) throws SQLException {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("nothing backdated: " + sql);
            }
        }
    }

    private static void matchedYearsAgo(PenPal p) throws SQLException {
        backdate("update pen_pal_match set matched_at = now() - interval '3 years' where id = ?",
                UUID.fromString(p.matchId()));
    }

    private static void registeredYearsAgo(UUID recipient) throws SQLException {
        backdate("update recipient set created_at = now() - interval '3 years' where id = ?", recipient);
    }

    @Test
    void listsPenPalsWhoseWriterHasNotWrittenForTheWeeksAsked() throws SQLException {
        PenPal silent = PenPalFixtures.penPal(null, recipient(facility()));
        PenPal writing = PenPalFixtures.penPal(null, recipient(facility()));
        PenPal fresh = PenPalFixtures.penPal(null, recipient(facility()));
        matchedYearsAgo(silent);
        matchedYearsAgo(writing);
        log(volunteer(writing.writer()), penPalLetterBody(writing.matchId())).statusCode(201);

        as(hq()).queryParam("weeks", 52).queryParam("size", 100).when().get("/api/follow-ups/pen-pals").then()
                .statusCode(200).body("items.matchId", hasItem(silent.matchId()))
                .body("items.matchId", not(hasItem(writing.matchId())))
                .body("items.matchId", not(hasItem(fresh.matchId())))
                .body("items.find { it.matchId == '" + silent.matchId() + "' }.writerId",
                        equalTo(silent.writer().toString()))
                .body("items.find { it.matchId == '" + silent.matchId() + "' }.lastLetterAt",
                        equalTo(null));
        // once the writer writes, the match is no longer quiet
        log(volunteer(silent.writer()), penPalLetterBody(silent.matchId())).statusCode(201);
        as(hq()).queryParam("weeks", 1).queryParam("size", 100).when().get("/api/follow-ups/pen-pals").then()
                .statusCode(200).body("items.matchId", not(hasItem(silent.matchId())));
    }

    @Test
    void listsDetainedRecipientsWithoutALetterForTheWeeksAsked() throws SQLException {
        UUID facility = facility();
        UUID forgotten = recipient(facility);
        UUID written = recipient(facility);
        UUID recent = recipient(facility);
        registeredYearsAgo(forgotten);
        registeredYearsAgo(written);
        PenPal penPal = PenPalFixtures.penPal(null, written);
        log(volunteer(penPal.writer()), penPalLetterBody(penPal.matchId())).statusCode(201);

        as(hq()).queryParam("size", 100).when().get("/api/follow-ups/recipients").then().statusCode(200)
                .body("items.recipientId", hasItem(forgotten.toString()))
                .body("items.recipientId", not(hasItem(written.toString())))
                .body("items.recipientId", not(hasItem(recent.toString())))
                .body("items.find { it.recipientId == '" + forgotten + "' }.facilityId", equalTo(facility.toString()))
                .body("items.find { it.recipientId == '" + forgotten + "' }.penPalMatchId", equalTo(null))
                // ids and dates only: no name or A-Number in a follow-up
                .body("items[0].fullName", equalTo(null)).body("items[0].aNumber", equalTo(null));
    }

    @Test
    void onlyHeadquartersSeesFollowUps() {
        UUID chapter = UUID.randomUUID();
        for (String path : List.of("/api/follow-ups/pen-pals", "/api/follow-ups/recipients")) {
            given().when().get(path).then().statusCode(401);
            for (String who : List.of(volunteer(UUID.randomUUID()), coordinatorOf(chapter),
                    TestTokens.bearer("coordinator"), apiKey(ApiKeyScope.PARTNER, chapter),
                    apiKey(ApiKeyScope.DASHBOARD, null))) {
                as(who).when().get(path).then().statusCode(403).contentType("application/problem+json");
            }
            as(hq()).when().get(path).then().statusCode(200);
            as(TestTokens.bearer("admin")).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void rejectsWeeksOutsideOneToFiftyTwo() {
        for (String path : List.of("/api/follow-ups/pen-pals", "/api/follow-ups/recipients")) {
            for (String weeks : List.of("0", "53", "three")) {
                as(hq()).queryParam("weeks", weeks).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("violations.field", hasItem("weeks"));
            }
        }
    }
}
