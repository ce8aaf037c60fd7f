package org.lettersofhope.letter.campaigns;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.CampaignFixtures.official;
import static org.lettersofhope.letter.support.CampaignFixtures.publish;
import static org.lettersofhope.letter.support.CampaignFixtures.today;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The campaign state machine: DRAFT → ACTIVE → CLOSED, what publishing needs, and 409s naming what is allowed. */
@QuarkusTest
class CampaignLifecycleTest {

    static ValidatableResponse move(String id, String action) {
        return as(hq()).when().post("/api/campaigns/" + id + "/" + action).then();
    }

    @Test
    void aDraftIsPublishedThenClosed() {
        String id = draft(campaignForm("ADVOCACY", official()));
        move(id, "publish").statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("ACTIVE")).body("publishedAt", notNullValue())
                .body("allowedNextStatuses", contains("CLOSED"));
        move(id, "close").statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", notNullValue())
                .body("allowedNextStatuses", empty());
    }

    @Test
    void publishingAnIncompleteAdvocacyCampaignNamesEveryUnmetRule() {
        Map<String, Object> form = campaignForm("ADVOCACY");
        form.remove("goal");
        form.remove("startsOn");
        form.remove("endsOn");
        String id = draft(form);
        move(id, "publish").statusCode(422).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("goal", "startsOn", "endsOn", "targetIds"));
        as(hq()).when().get("/api/campaigns/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aSolidarityCampaignNeedsNoTargets() {
        String id = draft(campaignForm("SOLIDARITY"));
        move(id, "publish").statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aCampaignThatHasAlreadyEndedCannotBePublished() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.put("startsOn", today().minusDays(30).toString());
        form.put("endsOn", today().minusDays(2).toString());
        String id = draft(form);
        move(id, "publish").statusCode(422).body("violations.field", contains("endsOn"));
    }

    @Test
    void anEndBeforeTheStartIsRefusedWhenDrafting() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.put("startsOn", today().plusDays(10).toString());
        form.put("endsOn", today().plusDays(1).toString());
        as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns")
                .then().statusCode(400).body("violations.field", contains("endsOn"));
    }

    @Test
    void illegalMovesAreConflictsListingTheAllowedNextStatuses() {
        String id = draft(campaignForm("SOLIDARITY"));
        move(id, "close").statusCode(409).contentType("application/problem+json")
                .body("currentStatus", equalTo("DRAFT"))
                .body("allowedNextStatuses", contains("ACTIVE"));
        publish(id);
        move(id, "publish").statusCode(409)
                .body("currentStatus", equalTo("ACTIVE"))
                .body("allowedNextStatuses", contains("CLOSED"));
        move(id, "close").statusCode(200);
        move(id, "close").statusCode(409)
                .body("currentStatus", equalTo("CLOSED"))
                .body("allowedNextStatuses", empty());
        move(id, "publish").statusCode(409).body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void aClosedCampaignCannotBeEdited() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        String id = draft(form);
        publish(id);
        move(id, "close").statusCode(200);
        String etag = as(hq()).when().get("/api/campaigns/" + id).then().extract().header("ETag");
        as(hq()).contentType(ContentType.JSON).header("If-Match", etag).body(form)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void movingAnUnknownCampaignIsNotFound() {
        move(java.util.UUID.randomUUID().toString(), "publish").statusCode(404)
                .contentType("application/problem+json");
    }
}
