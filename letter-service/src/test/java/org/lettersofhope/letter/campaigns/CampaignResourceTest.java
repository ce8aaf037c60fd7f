package org.lettersofhope.letter.campaigns;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.CampaignFixtures.official;
import static org.lettersofhope.letter.support.CampaignFixtures.publish;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Drafting, reading, listing and editing campaigns. */
@QuarkusTest
class CampaignResourceTest {

    @Test
    void draftsACampaignWithTalkingPointsHashtagsAndTargets() {
        String target = official();
        Map<String, Object> form = campaignForm("ADVOCACY", target);
        form.put("hashtags", List.of("#FreeThemAll", "freethemall", "LettersOfHope"));
        var created = as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns")
                .then().statusCode(201).header("ETag", "\"0\"").extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/campaigns/" + id));
        as(hq()).when().get("/api/campaigns/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("kind", equalTo("ADVOCACY"))
                .body("slug", equalTo(form.get("slug")))
                .body("talkingPoints[0].heading", equalTo("Why parole"))
                .body("talkingPoints[0].points", contains("Detention is not necessary",
                        "Parole keeps families together"))
                .body("hashtags", contains("#FreeThemAll", "#LettersOfHope"))
                .body("targets.id", contains(target))
                .body("targets[0].mailingAddress.city", equalTo("Washington"))
                .body("targets[0].mailingAddress.country", equalTo("US"))
                .body("allowedNextStatuses", contains("ACTIVE"))
                .body("goal", equalTo(2000));
    }

    @Test
    void aDraftMayLeaveGoalDatesAndTargetsOpen() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        form.remove("goal");
        form.remove("startsOn");
        form.remove("endsOn");
        form.remove("talkingPoints");
        form.remove("hashtags");
        String id = draft(form);
        as(hq()).when().get("/api/campaigns/" + id).then().statusCode(200)
                .body("goal", equalTo(null)).body("talkingPoints.size()", equalTo(0));
    }

    @Test
    void aDuplicateSlugIsAConflict() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        draft(form);
        form.put("name", "Another");
        as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void draftsAreHiddenFromThePublicButShownToCoordinators() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        String id = draft(form);
        RestAssured.given().when().get("/api/campaigns/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().when().get("/api/campaigns/by-slug/" + form.get("slug")).then().statusCode(404);
        as(volunteer(UUID.randomUUID())).when().get("/api/campaigns/" + id).then().statusCode(404);
        as(hq()).when().get("/api/campaigns/by-slug/" + form.get("slug")).then().statusCode(200)
                .body("id", equalTo(id));
        RestAssured.given().queryParam("status", "DRAFT").queryParam("size", 100).when().get("/api/campaigns")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void anActiveCampaignIsPublicAndListedByKind() {
        Map<String, Object> form = campaignForm("SOLIDARITY");
        String id = draft(form);
        publish(id);
        RestAssured.given().when().get("/api/campaigns/by-slug/" + form.get("slug")).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("publishedAt", notNullValue());
        RestAssured.given().queryParam("kind", "SOLIDARITY").queryParam("size", 100).when().get("/api/campaigns")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("ACTIVE")))
                .body("items.kind", everyItem(equalTo("SOLIDARITY")));
        RestAssured.given().queryParam("updatedSince", Instant.now().minusSeconds(60).toString())
                .queryParam("size", 100).when().get("/api/campaigns")
                .then().statusCode(200).body("items.id", hasItem(id));
        RestAssured.given().queryParam("updatedSince", Instant.now().plusSeconds(60).toString())
                .when().get("/api/campaigns")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void editsADraftWithIfMatch() {
        Map<String, Object> form = campaignForm("ADVOCACY", official());
        String id = draft(form);
        String second = official();
        form.put("targetIds", List.of(second));
        form.put("name", "Write to the Attorney General");
        as(hq()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(form)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Write to the Attorney General"))
                .body("targets.id", contains(second));
        as(hq()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(form)
                .when().put("/api/campaigns/" + id).then().statusCode(412);
        as(hq()).contentType(ContentType.JSON).body(form).when().put("/api/campaigns/" + id)
                .then().statusCode(428);
    }

    @Test
    void anActiveCampaignChangesOnlyItsWording() {
        String target = official();
        Map<String, Object> form = campaignForm("ADVOCACY", target);
        String id = draft(form);
        publish(id);
        String etag = as(hq()).when().get("/api/campaigns/" + id).then().extract().header("ETag");
        form.put("description", "Updated wording.");
        form.put("hashtags", List.of("NewTag"));
        etag = as(hq()).contentType(ContentType.JSON).header("If-Match", etag).body(form)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(200).body("description", equalTo("Updated wording."))
                .body("hashtags", contains("#NewTag")).extract().header("ETag");
        form.put("goal", 5000);
        form.put("targetIds", List.of());
        as(hq()).contentType(ContentType.JSON).header("If-Match", etag).body(form)
                .when().put("/api/campaigns/" + id)
                .then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("goal, targetIds"))
                .body("currentStatus", equalTo("ACTIVE"))
                .body("allowedNextStatuses", contains("CLOSED"));
    }

    @Test
    void anUnknownTargetIsUnprocessable() {
        Map<String, Object> form = campaignForm("ADVOCACY", UUID.randomUUID().toString());
        as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns")
                .then().statusCode(422).body("violations[0].field", equalTo("targetIds"));
    }

    @Test
    void anOfficialTargetedByACampaignCannotBeDeleted() {
        String target = official();
        draft(campaignForm("ADVOCACY", target));
        as(hq()).when().delete("/api/officials/" + target).then().statusCode(409);
        String free = official();
        as(hq()).when().delete("/api/officials/" + free).then().statusCode(204);
        RestAssured.given().when().get("/api/officials/" + free).then().statusCode(404);
    }
}
