package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.official;
import static org.lettersofhope.letter.support.CampaignFixtures.publish;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What a campaign asks beyond mail: a call script, a petition, and the accounts to tag apart from its targets. */
@QuarkusTest
class CampaignActionsTest {

    static ValidatableResponse create(Map<String, Object> form) {
        return as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns").then();
    }

    @Test
    void aCampaignCarriesItsCallScriptPetitionAndHandlesAndChangesThemWhileActive() {
        Map<String, Object> form = campaignForm("ADVOCACY", official());
        form.put("callScript", "Hello, I live in San Diego.\nPlease support SB 54.");
        form.put("petitionUrl", "https://petitions.example.org/free-them-all");
        form.put("handlesToTag", List.of(Map.of("platform", "X", "handle", "@POTUS"),
                Map.of("platform", "BLUESKY", "handle", "@dhs.example.gov"),
                Map.of("platform", "X", "handle", "@POTUS")));
        String id = create(form).statusCode(201).body("callScript", equalTo("Hello, I live in San Diego.\nPlease "
                + "support SB 54.")).body("petitionUrl", equalTo("https://petitions.example.org/free-them-all"))
                .body("handlesToTag.handle", contains("@POTUS", "@dhs.example.gov")).extract().path("id");
        publish(id);
        given().when().get("/api/campaigns/" + id).then().statusCode(200)
                .body("handlesToTag.platform", containsInAnyOrder("X", "BLUESKY"));

        form.put("callScript", "Please support SB 54 today.");
        form.put("handlesToTag", List.of(Map.of("platform", "MASTODON", "handle", "@gov@example.social")));
        String etag = as(hq()).when().get("/api/campaigns/" + id).then().extract().header("ETag");
        as(hq()).contentType(ContentType.JSON).header("If-Match", etag).body(form).when().put("/api/campaigns/" + id)
                .then().statusCode(200).body("callScript", equalTo("Please support SB 54 today."))
                .body("handlesToTag.handle", contains("@gov@example.social"));
    }

    @Test
    void badActionsAreNamedAndNothingIsStored() {
        Map<String, Object> form = campaignForm("ADVOCACY", official());
        form.put("petitionUrl", "http://petitions.example.org/x");
        form.put("callScript", "x".repeat(4001));
        form.put("handlesToTag", List.of(Map.of("platform", "X", "handle", "no spaces allowed")));
        create(form).statusCode(400).body("violations.field",
                containsInAnyOrder("petitionUrl", "callScript", "handlesToTag[0].handle"));
        as(hq()).when().get("/api/campaigns/by-slug/" + form.get("slug")).then().statusCode(404);
        Map<String, Object> many = campaignForm("ADVOCACY", official());
        many.put("handlesToTag", java.util.Collections.nCopies(21, Map.of("platform", "X", "handle", "@a")));
        create(many).statusCode(400).body("violations.field", contains("handlesToTag"));
    }
}
