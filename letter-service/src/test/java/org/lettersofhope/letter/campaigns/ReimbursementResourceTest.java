package org.lettersofhope.letter.campaigns;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.CampaignFixtures.partnerKeyOf;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Reimbursement requests: the threshold, the items, and REQUESTED → APPROVED | REJECTED → PAID. */
@QuarkusTest
class ReimbursementResourceTest {

    static Map<String, Object> request(long stampsCents, long postcardsCents) {
        Map<String, Object> body = new HashMap<>();
        body.put("amountCents", stampsCents + postcardsCents);
        body.put("currency", "USD");
        body.put("items", List.of(Map.of("kind", "STAMPS", "quantity", 20, "amountCents", stampsCents),
                Map.of("kind", "POSTCARDS", "quantity", 10, "amountCents", postcardsCents)));
        body.put("receiptReference", "USPS receipt 4021-7781");
        return body;
    }

    static ValidatableResponse ask(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).when().post("/api/reimbursements").then();
    }

    static ValidatableResponse act(String token, String id, String action) {
        return as(token).when().post("/api/reimbursements/" + id + "/" + action).then();
    }

    static ValidatableResponse reject(String token, String id, Object body) {
        return as(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/reimbursements/" + id + "/reject").then();
    }

    static String requested(UUID volunteer) {
        return ask(volunteer(volunteer), request(1460, 600)).statusCode(201).extract().path("id");
    }

    @Test
    void aVolunteerAsksAndSeesTheirOwnRequests() {
        UUID me = UUID.randomUUID();
        UUID chapter = UUID.randomUUID();
        VolunteerEvents.registered(me, chapter, "US-CA", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER), Set.of("en"));
        VolunteerEvents.awaitWriter(me, w -> chapter.equals(w.chapterId));
        String id = ask(volunteer(me), request(1460, 600)).statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("amountCents", equalTo(2060))
                .body("currency", equalTo("USD"))
                .body("items.kind", contains("STAMPS", "POSTCARDS"))
                .body("volunteerId", equalTo(me.toString()))
                .body("chapterId", equalTo(chapter.toString()))
                .body("allowedNextStatuses", contains("APPROVED", "REJECTED"))
                .extract().path("id");
        as(volunteer(me)).when().get("/api/me/reimbursements").then().statusCode(200)
                .body("items.id", contains(id));
        as(volunteer(me)).when().get("/api/reimbursements/" + id).then().statusCode(200);
        as(volunteer(UUID.randomUUID())).when().get("/api/reimbursements/" + id).then().statusCode(404);
    }

    @Test
    void onlyAmountsOverTheThresholdQualify() {
        UUID me = UUID.randomUUID();
        ask(volunteer(me), request(900, 100)).statusCode(422).body("violations[0].field", equalTo("amountCents"));
        ask(volunteer(me), request(900, 101)).statusCode(201);
    }

    @Test
    void otherCurrenciesAreRefusedAndCodesMustBeReal() {
        Map<String, Object> euro = request(2000, 500);
        euro.put("currency", "EUR");
        ask(volunteer(UUID.randomUUID()), euro).statusCode(422).body("violations[0].field", equalTo("currency"));
        Map<String, Object> invented = request(2000, 500);
        invented.put("currency", "QQQ");
        ask(volunteer(UUID.randomUUID()), invented).statusCode(400).body("violations[0].field", equalTo("currency"));
        Map<String, Object> lower = request(2000, 500);
        lower.put("currency", "usd");
        ask(volunteer(UUID.randomUUID()), lower).statusCode(400);
    }

    @Test
    void theItemsMustAddUpToTheAmount() {
        Map<String, Object> body = request(1460, 600);
        body.put("amountCents", 3000);
        ask(volunteer(UUID.randomUUID()), body).statusCode(400).body("violations[0].field", equalTo("items"));
        body.put("items", List.of());
        ask(volunteer(UUID.randomUUID()), body).statusCode(400);
    }

    @Test
    void approvedThenPaid() {
        String id = requested(UUID.randomUUID());
        act(hq(), id, "approve").statusCode(200).body("status", equalTo("APPROVED"))
                .body("decidedAt", notNullValue()).body("allowedNextStatuses", contains("PAID"));
        act(hq(), id, "mark-paid").statusCode(200).body("status", equalTo("PAID")).body("paidAt", notNullValue())
                .body("allowedNextStatuses", empty());
        act(hq(), id, "approve").statusCode(409).body("currentStatus", equalTo("PAID"));
    }

    @Test
    void rejectedWithAReasonTheVolunteerSees() {
        UUID me = UUID.randomUUID();
        String id = requested(me);
        reject(hq(), id, Map.of()).statusCode(400).body("violations[0].field", equalTo("reason"));
        reject(hq(), id, Map.of("reason", "The receipt is for office supplies.")).statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(volunteer(me)).when().get("/api/reimbursements/" + id).then()
                .body("rejectionReason", equalTo("The receipt is for office supplies."));
        act(hq(), id, "mark-paid").statusCode(409).body("currentStatus", equalTo("REJECTED"))
                .body("allowedNextStatuses", empty());
    }

    @Test
    void onlyAnApprovedRequestIsPaid() {
        String id = requested(UUID.randomUUID());
        act(hq(), id, "mark-paid").statusCode(409)
                .body("currentStatus", equalTo("REQUESTED"))
                .body("allowedNextStatuses", contains("APPROVED", "REJECTED"));
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        UUID me = UUID.randomUUID();
        String id = requested(me);
        String meAsCoordinator = TestTokens.bearerFor(me, null, "volunteer", "coordinator", "headquarters");
        act(meAsCoordinator, id, "approve").statusCode(403).contentType("application/problem+json");
        act(hq(), id, "approve").statusCode(200);
    }

    @Test
    void aChaptersCoordinatorDecidesItsChaptersRequestsAndItsKeyReadsThem() {
        UUID chapter = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        VolunteerEvents.registered(member, chapter, "US-CA", Set.of(VolunteerRole.EVENT_HOST), Set.of("en"));
        VolunteerEvents.awaitWriter(member, w -> chapter.equals(w.chapterId));
        String ours = requested(member);
        String unaffiliated = requested(UUID.randomUUID());
        String key = partnerKeyOf(chapter);

        as(key).when().get("/api/reimbursements/" + ours).then().statusCode(200);
        as(key).when().get("/api/reimbursements/" + unaffiliated).then().statusCode(404);
        as(key).queryParam("size", 100).when().get("/api/reimbursements").then().statusCode(200)
                .body("items.id", hasItem(ours)).body("items.id", not(hasItem(unaffiliated)))
                .body("items.chapterId", everyItem(equalTo(chapter.toString())));
        act(key, ours, "approve").statusCode(403);

        act(coordinatorOf(UUID.randomUUID()), ours, "approve").statusCode(404);
        act(coordinatorOf(chapter), unaffiliated, "approve").statusCode(404);
        act(coordinatorOf(chapter), ours, "approve").statusCode(200);
        as(hq()).queryParam("status", "REQUESTED").queryParam("size", 100).when().get("/api/reimbursements")
                .then().statusCode(200).body("items.id", hasItem(unaffiliated))
                .body("items.id", not(hasItem(ours)));
    }
}
