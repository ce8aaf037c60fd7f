package org.lettersofhope.letter.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.penPalLetterBody;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.PenPalFixtures.PenPal;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Who may log a letter to whom: a volunteer to their current pen pal only, a chapter's coordinator or partner key for
 * the chapter's writers (by the writer projection) to their pen pals, headquarters to anyone. Ids outside the
 * caller's reach — unknown, someone else's pen pal, a recipient who cannot receive letters — get one answer, so
 * that logging is no oracle.
 */
@QuarkusTest
class LetterLoggingAccessMatrixTest {

    UUID chapter;
    UUID otherChapter;
    UUID ours;
    PenPal ourPenPal;
    UUID theirs;
    PenPal theirPenPal;
    UUID unmatched;
    UUID unreachable;

    @BeforeEach
    void twoChaptersWithAPenPalEach() {
        chapter = UUID.randomUUID();
        otherChapter = UUID.randomUUID();
        ours = recipient();
        ourPenPal = penPal(chapter, ours);
        theirs = recipient();
        theirPenPal = penPal(otherChapter, theirs);
        unmatched = recipient();
        unreachable = recipient();
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("consentsToLetters", false))
                .when().put("/api/recipients/" + unreachable + "/consent").then().statusCode(200);
    }

    static Map<String, Object> to(UUID recipient, UUID writer) {
        Map<String, Object> body = letterBody(recipient);
        if (writer != null) {
            body.put("writerId", writer.toString());
        }
        return body;
    }

    static ExtractableResponse<Response> refused(String credential, Map<String, Object> body) {
        return log(credential, body).statusCode(422).contentType("application/problem+json").extract();
    }

    /** Every body is refused with the same status and the same problem, word for word. */
    static void allAnsweredAlike(String who, String credential, List<Map<String, Object>> bodies) {
        String first = refused(credential, bodies.get(0)).asString();
        for (Map<String, Object> body : bodies) {
            assertEquals(first, refused(credential, body).asString(), who + " " + body);
        }
        assertFalse(first.contains("Ana"), "no display name in " + first);
    }

    @Test
    void aVolunteerLogsToTheirCurrentPenPalNamedByTheMatchTheirViewGivesThem() {
        String me = volunteer(ourPenPal.writer());
        String matchId = as(me).when().get("/api/me/pen-pals").then().statusCode(200).extract()
                .path("items[0].matchId");
        assertEquals(ourPenPal.matchId(), matchId);
        log(me, penPalLetterBody(matchId)).statusCode(201)
                .body("status", equalTo("LOGGED"))
                .body("writerId", equalTo(ourPenPal.writer().toString()))
                .body("recipient.displayName", equalTo("Ana Q."))
                // the chapter comes from the writer projection, not from the token or the body
                .body("chapterId", equalTo(chapter.toString()));
        log(me, to(ours, null)).statusCode(201).body("writerId", equalTo(ourPenPal.writer().toString()));
        log(me, Map.of("kind", "LETTER", "origin", "PEN_PAL")).statusCode(400)
                .body("violations.field", contains("penPalId"));
        Map<String, Object> elsewhere = penPalLetterBody(matchId);
        elsewhere.put("chapterId", otherChapter.toString());
        log(me, elsewhere).statusCode(400).body("violations.field", contains("chapterId"));
    }

    @Test
    void aVolunteerGetsOneAnswerForEveryRecipientButTheirCurrentPenPal() {
        String me = volunteer(ourPenPal.writer());
        allAnsweredAlike("volunteer", me, List.of(to(theirs, null), to(unmatched, null), to(unreachable, null),
                to(UUID.randomUUID(), null)));
        allAnsweredAlike("volunteer", me, List.of(penPalLetterBody(theirPenPal.matchId()),
                penPalLetterBody(UUID.randomUUID().toString())));
        Map<String, Object> mixed = penPalLetterBody(ourPenPal.matchId());
        mixed.put("recipientId", theirs.toString());
        refused(me, mixed);
        // a volunteer with no pen pal, and a pen pal whose match ended
        allAnsweredAlike("unmatched volunteer", volunteer(UUID.randomUUID()), List.of(to(ours, null),
                to(unreachable, null), to(UUID.randomUUID(), null)));
        PenPalFixtures.end(ourPenPal.matchId(), "NO_REPLIES").statusCode(200);
        allAnsweredAlike("volunteer", me, List.of(penPalLetterBody(ourPenPal.matchId()),
                penPalLetterBody(UUID.randomUUID().toString())));
        as(volunteer(theirPenPal.writer())).when().get("/api/letters").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void chapterStaffLogForTheirWritersPenPalsOnly() {
        for (String credential : List.of(coordinatorOf(chapter), apiKey(ApiKeyScope.PARTNER, chapter))) {
            log(credential, to(ours, ourPenPal.writer())).statusCode(201)
                    .body("chapterId", equalTo(chapter.toString()))
                    .body("writerId", equalTo(ourPenPal.writer().toString()));
            log(credential, to(ours, null)).statusCode(201).body("chapterId", equalTo(chapter.toString()));
            // another chapter's writer, even to their own pen pal, or an unknown one: the same answer
            String wrongWriter = refused(credential, to(theirs, theirPenPal.writer())).asString();
            assertEquals(wrongWriter, refused(credential, to(ours, theirPenPal.writer())).asString());
            assertEquals(wrongWriter, refused(credential, to(ours, UUID.randomUUID())).asString());
            log(credential, to(theirs, theirPenPal.writer())).statusCode(422)
                    .body("violations.field", contains("writerId"));
            // recipients outside the chapter's reach, reachable or not, known or not
            log(credential, to(theirs, ourPenPal.writer())).statusCode(422)
                    .body("violations.field", contains("recipientId"));
            allAnsweredAlike("chapter staff", credential, List.of(to(theirs, null), to(unmatched, null),
                    to(unreachable, null), to(UUID.randomUUID(), null)));
            log(credential, penPalLetterBody(ourPenPal.matchId())).statusCode(400)
                    .body("violations.field", contains("penPalId"));
        }
        for (String stranger : List.of(coordinatorOf(otherChapter), apiKey(ApiKeyScope.PARTNER, otherChapter))) {
            log(stranger, to(ours, ourPenPal.writer())).statusCode(422).body("violations.field", contains("writerId"));
            log(stranger, to(ours, null)).statusCode(422).body("violations.field", contains("recipientId"));
        }
        // no letter reached the other chapter's writer
        as(volunteer(theirPenPal.writer())).when().get("/api/letters").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void headquartersLogsForAnyoneAndTheOthersCannotLogAtAll() {
        for (String credential : List.of(hq(), TestTokens.bearer("admin"))) {
            log(credential, to(unmatched, UUID.randomUUID())).statusCode(201).body("status", equalTo("RECEIVED"));
            log(credential, to(theirs, theirPenPal.writer())).statusCode(201);
            log(credential, to(unreachable, null)).statusCode(409);
            log(credential, to(UUID.randomUUID(), null)).statusCode(422)
                    .body("violations.field", contains("recipientId"));
            log(credential, penPalLetterBody(ourPenPal.matchId())).statusCode(400)
                    .body("violations.field", contains("penPalId"));
        }
        given().contentType(ContentType.JSON).body(penPalLetterBody(ourPenPal.matchId())).when()
                .post("/api/letters").then().statusCode(401);
        log(apiKey(ApiKeyScope.DASHBOARD, null), to(ours, null)).statusCode(403);
        log(apiKey(ApiKeyScope.DASHBOARD, null), penPalLetterBody(ourPenPal.matchId())).statusCode(403);
    }
}
