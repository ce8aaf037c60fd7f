package org.lettersofhope.letter.campaigns;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.letter.support.CampaignFixtures.activeAdvocacy;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.CampaignFixtures.official;
import static org.lettersofhope.letter.support.CampaignFixtures.partnerKeyOf;
import static org.lettersofhope.letter.support.CampaignFixtures.publish;
import static org.lettersofhope.letter.support.CampaignFixtures.today;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Reporting self-mailed advocacy pieces: who may, for which campaigns and targets, and with which dates. */
@QuarkusTest
class AdvocacyPiecesResourceTest {

    static Map<String, Object> pieces(String target, int count) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetId", target);
        body.put("pieceKind", "POSTCARD");
        body.put("count", count);
        body.put("sentOn", today().toString());
        return body;
    }

    static ValidatableResponse log(String credential, String campaign, Map<String, Object> body) {
        return as(credential).contentType(ContentType.JSON).body(body)
                .when().post("/api/campaigns/" + campaign + "/advocacy-pieces").then();
    }

    @Test
    void aVolunteerReportsTheirOwnPiecesCountedForTheirChapterAndRegion() {
        UUID chapter = UUID.randomUUID();
        UUID me = UUID.randomUUID();
        VolunteerEvents.registered(me, chapter, "US-NM", Set.of(VolunteerRole.QUICK_NOTES), Set.of("en"));
        VolunteerEvents.awaitWriter(me, w -> chapter.equals(w.chapterId));
        String[] c = activeAdvocacy();
        String id = log(volunteer(me), c[0], pieces(c[1], 3)).statusCode(201)
                .body("volunteerId", equalTo(me.toString()))
                .body("chapterId", equalTo(chapter.toString()))
                .body("region", equalTo("US-NM"))
                .body("count", equalTo(3))
                .body("pieceKind", equalTo("POSTCARD"))
                .extract().path("id");
        as(volunteer(me)).when().get("/api/me/advocacy-pieces").then().statusCode(200)
                .body("items.id", contains(id)).body("hasNext", equalTo(false));
        as(volunteer(me)).queryParam("campaignId", UUID.randomUUID().toString())
                .when().get("/api/me/advocacy-pieces").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        as(volunteer(UUID.randomUUID())).when().get("/api/me/advocacy-pieces").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aVolunteerUnknownToTheProjectionStillReportsWithTheRegionTheyGive() {
        String[] c = activeAdvocacy();
        Map<String, Object> body = pieces(c[1], 1);
        body.put("region", "us-tx");
        log(volunteer(UUID.randomUUID()), c[0], body).statusCode(201)
                .body("region", equalTo("US-TX")).body("chapterId", nullValue());
    }

    @Test
    void aVolunteerCannotReportForSomeoneElse() {
        String[] c = activeAdvocacy();
        Map<String, Object> body = pieces(c[1], 1);
        body.put("volunteerId", UUID.randomUUID().toString());
        log(volunteer(UUID.randomUUID()), c[0], body).statusCode(400)
                .body("violations[0].field", equalTo("volunteerId"));
    }

    @Test
    void onlyAnActiveAdvocacyCampaignTakesPieces() {
        String target = official();
        String drafted = draft(campaignForm("ADVOCACY", target));
        log(volunteer(UUID.randomUUID()), drafted, pieces(target, 1)).statusCode(404);
        log(hq(), drafted, pieces(target, 1)).statusCode(409).body("currentStatus", equalTo("DRAFT"));

        String solidarity = draft(campaignForm("SOLIDARITY", target));
        publish(solidarity);
        log(volunteer(UUID.randomUUID()), solidarity, pieces(target, 1)).statusCode(422)
                .body("violations[0].field", equalTo("campaignId"));

        String[] c = activeAdvocacy();
        as(hq()).when().post("/api/campaigns/" + c[0] + "/close").then().statusCode(200);
        log(volunteer(UUID.randomUUID()), c[0], pieces(c[1], 1)).statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));
        log(volunteer(UUID.randomUUID()), UUID.randomUUID().toString(), pieces(c[1], 1)).statusCode(404);
    }

    @Test
    void theTargetMustBeOneOfTheCampaigns() {
        String[] c = activeAdvocacy();
        log(volunteer(UUID.randomUUID()), c[0], pieces(official(), 1)).statusCode(422)
                .body("violations[0].field", equalTo("targetId"));
    }

    @Test
    void theDaySentIsNotInTheFutureNorLongBeforeTheStart() {
        String[] c = activeAdvocacy();
        Map<String, Object> body = pieces(c[1], 1);
        body.put("sentOn", today().plusDays(3).toString());
        log(volunteer(UUID.randomUUID()), c[0], body).statusCode(422).body("violations[0].field", equalTo("sentOn"));
        // the fixture's campaign started yesterday: a week's slack before that is fine, more is not
        body.put("sentOn", today().minusDays(8).toString());
        log(volunteer(UUID.randomUUID()), c[0], body).statusCode(201);
        body.put("sentOn", today().minusDays(9).toString());
        log(volunteer(UUID.randomUUID()), c[0], body).statusCode(422);
    }

    @Test
    void countsAreBetweenOneAndAThousand() {
        String[] c = activeAdvocacy();
        log(volunteer(UUID.randomUUID()), c[0], pieces(c[1], 0)).statusCode(400)
                .body("violations[0].field", equalTo("count"));
        log(volunteer(UUID.randomUUID()), c[0], pieces(c[1], 1001)).statusCode(400);
        log(volunteer(UUID.randomUUID()), c[0], pieces(c[1], 1000)).statusCode(201);
    }

    @Test
    void aChaptersKeyReportsForItsChapterAndSeesOnlyItsChaptersReports() {
        UUID chapter = UUID.randomUUID();
        String key = partnerKeyOf(chapter);
        String[] c = activeAdvocacy();
        String ours = log(key, c[0], pieces(c[1], 12)).statusCode(201)
                .body("chapterId", equalTo(chapter.toString()))
                .body("volunteerId", nullValue())
                .extract().path("id");

        UUID member = UUID.randomUUID();
        VolunteerEvents.registered(member, chapter, "US-AZ", Set.of(VolunteerRole.EVENT_HOST), Set.of("en"));
        UUID outsider = UUID.randomUUID();
        VolunteerEvents.registered(outsider, UUID.randomUUID(), "US-AZ", Set.of(VolunteerRole.EVENT_HOST),
                Set.of("en"));
        VolunteerEvents.awaitWriter(outsider, w -> w.chapterId != null);
        VolunteerEvents.awaitWriter(member, w -> chapter.equals(w.chapterId));
        Map<String, Object> forMember = pieces(c[1], 2);
        forMember.put("volunteerId", member.toString());
        log(key, c[0], forMember).statusCode(201).body("region", equalTo("US-AZ"));
        Map<String, Object> forOutsider = pieces(c[1], 2);
        forOutsider.put("volunteerId", outsider.toString());
        log(key, c[0], forOutsider).statusCode(422).body("violations[0].field", equalTo("volunteerId"));
        log(coordinatorOf(chapter), c[0], forOutsider).statusCode(422);

        String theirs = log(volunteer(UUID.randomUUID()), c[0], pieces(c[1], 1)).statusCode(201).extract().path("id");
        as(key).when().get("/api/campaigns/" + c[0] + "/advocacy-pieces").then().statusCode(200)
                .body("items.id", hasItem(ours))
                .body("items.id", not(hasItem(theirs)))
                .body("items.chapterId", everyItem(equalTo(chapter.toString())));
        as(hq()).queryParam("size", 100).when().get("/api/campaigns/" + c[0] + "/advocacy-pieces")
                .then().statusCode(200).body("items.id", hasItem(theirs)).body("items.id", hasItem(ours));
    }
}
