package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.CampaignFixtures.official;
import static org.lettersofhope.letter.support.CampaignFixtures.publish;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Where a campaign's pieces are mailed is data, read as envelopes: headquarters' central address for solidarity
 * letters, each target's own for advocacy, or an address of the campaign's own.
 */
@QuarkusTest
class CampaignMailingAddressTest {

    static Map<String, Object> envelope(String addressee, String line1, String region) {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", line1);
        address.put("city", "Sacramento");
        address.put("region", region);
        address.put("postalCode", "94244");
        return new HashMap<>(Map.of("addressee", addressee, "address", address));
    }

    static ValidatableResponse create(Map<String, Object> form) {
        return as(hq()).contentType(ContentType.JSON).body(form).when().post("/api/campaigns").then();
    }

    static ValidatableResponse envelopes(String credential, String campaign) {
        var spec = credential == null ? given() : as(credential);
        return spec.when().get("/api/campaigns/" + campaign + "/mailing-addresses").then();
    }

    /** Sets headquarters' central address to the given first line, whatever it was; answers nothing. */
    static void centralAddressIs(String line1) {
        var current = given().when().get("/api/mailing-address").then().extract();
        var put = as(hq()).contentType(ContentType.JSON).body(envelope("Letters of Hope", line1, "US-CA"));
        if (current.statusCode() == 200) {
            put = put.header("If-Match", current.header("ETag"));
        }
        put.when().put("/api/mailing-address").then().statusCode(current.statusCode() == 200 ? 200 : 201);
    }

    @Test
    void solidarityLettersGoToTheCentralAddressAndAdvocacyToEachTarget() {
        String line1 = "1 Forwarding Way " + UUID.randomUUID().toString().substring(0, 6);
        centralAddressIs(line1);
        String solidarity = create(campaignForm("SOLIDARITY")).statusCode(201).body("mailTo", equalTo("CENTRAL"))
                .body("mailToAddress", nullValue()).extract().path("id");
        publish(solidarity);
        envelopes(null, solidarity).statusCode(200).body("campaignId", equalTo(solidarity))
                .body("mailTo", equalTo("CENTRAL")).body("envelopes.size()", equalTo(1))
                .body("envelopes[0].addressee", equalTo("Letters of Hope"))
                .body("envelopes[0].address.line1", equalTo(line1))
                .body("envelopes[0].address.country", equalTo("US"));

        String first = official();
        String second = official();
        String advocacy = create(campaignForm("ADVOCACY", first, second)).statusCode(201)
                .body("mailTo", equalTo("TARGETS")).extract().path("id");
        String firstName = as(hq()).when().get("/api/officials/" + first).then().extract().path("name");
        envelopes(hq(), advocacy).statusCode(200).body("mailTo", equalTo("TARGETS"))
                .body("envelopes.officialId", contains(first, second))
                .body("envelopes[0].addressee", equalTo("Secretary of Homeland Security " + firstName))
                .body("envelopes[0].address.line2", equalTo("Mail Stop 0525"))
                .body("envelopes[0].address.region", equalTo("US-DC"));
    }

    @Test
    void aCampaignMayHaveAnAddressOfItsOwnAndChangeItWhileActive() {
        Map<String, Object> form = campaignForm("ADVOCACY", official());
        form.put("mailTo", "ADDRESS");
        form.put("mailToAddress", envelope("Office of the Attorney General", "1300 I St", "us-ca"));
        String id = create(form).statusCode(201).body("mailToAddress.addressee",
                equalTo("Office of the Attorney General")).body("mailToAddress.address.region", equalTo("US-CA"))
                .extract().path("id");
        publish(id);
        envelopes(null, id).body("mailTo", equalTo("ADDRESS")).body("envelopes.size()", equalTo(1))
                .body("envelopes[0].address.line1", equalTo("1300 I St"))
                .body("envelopes[0].officialId", nullValue());

        form.put("mailToAddress", envelope("Office of the Attorney General", "PO Box 944255", "US-CA"));
        String etag = as(hq()).when().get("/api/campaigns/" + id).then().extract().header("ETag");
        as(hq()).contentType(ContentType.JSON).header("If-Match", etag).body(form).when().put("/api/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        envelopes(null, id).body("envelopes[0].address.line1", equalTo("PO Box 944255"));
    }

    @Test
    void anAddressThatDoesNotFitWhereToMailIsRefusedAndNothingIsStored() {
        Map<String, Object> missing = campaignForm("SOLIDARITY");
        missing.put("mailTo", "ADDRESS");
        create(missing).statusCode(400).body("violations.field", contains("mailToAddress"));
        Map<String, Object> unused = campaignForm("SOLIDARITY");
        unused.put("mailToAddress", envelope("Someone", "1 Main St", "US-CA"));
        create(unused).statusCode(400).body("violations.field", contains("mailToAddress"));
        Map<String, Object> noTargets = campaignForm("SOLIDARITY");
        noTargets.put("mailTo", "TARGETS");
        create(noTargets).statusCode(400).body("violations.field", contains("mailTo"));
        Map<String, Object> nowhere = campaignForm("SOLIDARITY");
        nowhere.put("mailTo", "NOWHERE");
        create(nowhere).statusCode(400).contentType("application/problem+json");
        Map<String, Object> broken = campaignForm("SOLIDARITY");
        broken.put("mailTo", "ADDRESS");
        Map<String, Object> envelope = envelope("", "", "California");
        broken.put("mailToAddress", envelope);
        create(broken).statusCode(400).body("violations.field", hasItem("mailToAddress.addressee"))
                .body("violations.field", hasItem("mailToAddress.address.line1"))
                .body("violations.field", hasItem("mailToAddress.address.region"));
        for (Map<String, Object> form : new Map[] { missing, unused, noTargets, nowhere, broken }) {
            as(hq()).when().get("/api/campaigns/by-slug/" + form.get("slug")).then().statusCode(404);
        }
    }

    @Test
    void aDraftsEnvelopesAreForHeadquartersUntilItIsPublished() {
        String id = draft(campaignForm("SOLIDARITY"));
        envelopes(null, id).statusCode(404).contentType("application/problem+json");
        envelopes(volunteer(UUID.randomUUID()), id).statusCode(404);
        envelopes(hq(), id).statusCode(200).body("mailTo", equalTo("CENTRAL"));
        envelopes(null, UUID.randomUUID().toString()).statusCode(404);
        publish(id);
        envelopes(null, id).statusCode(200);
    }
}
