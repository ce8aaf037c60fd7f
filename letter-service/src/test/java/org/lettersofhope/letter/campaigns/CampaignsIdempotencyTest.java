package org.lettersofhope.letter.campaigns;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.CampaignFixtures.activeAdvocacy;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.today;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.PenPalFixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A creating request retried with the same Idempotency-Key answers the first result and creates nothing more. */
@QuarkusTest
class CampaignsIdempotencyTest {

    static ValidatableResponse post(String token, String path, Object body, String key) {
        return as(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(path).then();
    }

    @Test
    void aRetriedCampaignDraftAnswersTheFirstAndADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String token = hq();
        Map<String, Object> form = campaignForm("SOLIDARITY");
        String first = post(token, "/api/campaigns", form, key).statusCode(201).header("ETag", "\"0\"")
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        post(token, "/api/campaigns", form, key).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).body("slug", equalTo(form.get("slug")));
        form.put("name", "Something else");
        post(token, "/api/campaigns", form, key).statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        post(token, "/api/campaigns", form, "has spaces in it").statusCode(400);
    }

    @Test
    void aRetriedReportBackCountsOnce() {
        String[] c = activeAdvocacy();
        UUID me = UUID.randomUUID();
        Map<String, Object> body = Map.of("targetId", c[1], "pieceKind", "LETTER", "count", 4,
                "sentOn", today().toString());
        String key = UUID.randomUUID().toString();
        String path = "/api/campaigns/" + c[0] + "/advocacy-pieces";
        String first = post(volunteer(me), path, body, key).statusCode(201).extract().path("id");
        post(volunteer(me), path, body, key).statusCode(201).body("id", equalTo(first));
        List<String> mine = as(volunteer(me)).when().get("/api/me/advocacy-pieces").then().extract().path("items.id");
        assertEquals(List.of(first), mine);
        // keys belong to the caller: another volunteer's request with the same key is their own
        post(volunteer(UUID.randomUUID()), path, body, key).statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRetriedReimbursementRequestIsOneRequest() {
        UUID me = UUID.randomUUID();
        Map<String, Object> body = Map.of("amountCents", 1500, "currency", "USD", "receiptReference", "r-1",
                "items", List.of(Map.of("kind", "STAMPS", "quantity", 20, "amountCents", 1500)));
        String key = UUID.randomUUID().toString();
        String first = post(volunteer(me), "/api/reimbursements", body, key).statusCode(201).extract().path("id");
        post(volunteer(me), "/api/reimbursements", body, key).statusCode(201).body("id", equalTo(first));
        List<String> mine = as(volunteer(me)).when().get("/api/me/reimbursements").then().extract().path("items.id");
        assertEquals(List.of(first), mine);
    }

    @Test
    void aRetriedMatchAnswersTheMatchInsteadOfAConflict() {
        UUID writer = PenPalFixtures.eligibleWriter("es");
        UUID recipient = PenPalFixtures.recipient("es");
        Map<String, Object> body = Map.of("writerId", writer.toString(), "recipientId", recipient.toString());
        String key = UUID.randomUUID().toString();
        String token = hq();
        String first = post(token, "/api/pen-pals", body, key).statusCode(201).extract().path("id");
        post(token, "/api/pen-pals", body, key).statusCode(201).body("id", equalTo(first))
                .header("Idempotent-Replayed", "true");
        post(token, "/api/pen-pals", body, UUID.randomUUID().toString()).statusCode(409);
    }
}
