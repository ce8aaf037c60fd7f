package org.lettersofhope.letter.campaigns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.lettersofhope.letter.support.CampaignFixtures.activeAdvocacy;
import static org.lettersofhope.letter.support.CampaignFixtures.admin;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.CampaignFixtures.officialForm;
import static org.lettersofhope.letter.support.CampaignFixtures.partnerKeyOf;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with campaigns, officials, guidelines, advocacy pieces, reimbursements and pen pals: 401 for
 * anonymous callers on protected endpoints, 403 for a role that can never do it, 404 for a record outside the
 * caller's chapter (so that guessing ids tells nothing), and the public reads open to all.
 */
@QuarkusTest
class CampaignsAccessMatrixTest {

    record Call(Method method, String path, Object body) {
    }

    static final Map<String, Object> REIMBURSEMENT = Map.of("amountCents", 2000, "currency", "USD",
            "items", List.of(Map.of("kind", "STAMPS", "quantity", 30, "amountCents", 2000)),
            "receiptReference", "receipt 1");

    static int status(RequestSpecification spec, Call c) {
        if (c.body() != null) {
            spec = spec.contentType(ContentType.JSON).body(c.body());
        }
        return spec.when().request(c.method(), c.path()).then().extract().statusCode();
    }

    static void expect(String who, String credential, int expected, List<Call> calls) {
        for (Call c : calls) {
            RequestSpecification spec = credential == null ? given() : as(credential);
            org.junit.jupiter.api.Assertions.assertEquals(expected, status(spec, c),
                    who + " " + c.method() + " " + c.path());
        }
    }

    @Test
    void anonymousCallersAreAskedToAuthenticateOnEveryProtectedEndpoint() {
        String id = UUID.randomUUID().toString();
        expect("anonymous", null, 401, List.of(
                new Call(Method.POST, "/api/campaigns", campaignForm("SOLIDARITY")),
                new Call(Method.PUT, "/api/campaigns/" + id, campaignForm("SOLIDARITY")),
                new Call(Method.POST, "/api/campaigns/" + id + "/publish", null),
                new Call(Method.POST, "/api/campaigns/" + id + "/close", null),
                new Call(Method.POST, "/api/campaigns/" + id + "/advocacy-pieces", Map.of()),
                new Call(Method.GET, "/api/campaigns/" + id + "/advocacy-pieces", null),
                new Call(Method.GET, "/api/me/advocacy-pieces", null),
                new Call(Method.POST, "/api/officials", officialForm()),
                new Call(Method.PUT, "/api/officials/" + id, officialForm()),
                new Call(Method.DELETE, "/api/officials/" + id, null),
                new Call(Method.POST, "/api/guidelines", Map.of()),
                new Call(Method.POST, "/api/reimbursements", REIMBURSEMENT),
                new Call(Method.GET, "/api/reimbursements", null),
                new Call(Method.GET, "/api/reimbursements/" + id, null),
                new Call(Method.POST, "/api/reimbursements/" + id + "/approve", null),
                new Call(Method.POST, "/api/reimbursements/" + id + "/reject", Map.of("reason", "no")),
                new Call(Method.POST, "/api/reimbursements/" + id + "/mark-paid", null),
                new Call(Method.GET, "/api/me/reimbursements", null),
                new Call(Method.POST, "/api/pen-pals", Map.of("writerId", id, "recipientId", id)),
                new Call(Method.GET, "/api/pen-pals", null),
                new Call(Method.GET, "/api/pen-pals/suggestions?recipientId=" + id, null),
                new Call(Method.GET, "/api/pen-pals/" + id, null),
                new Call(Method.POST, "/api/pen-pals/" + id + "/end", Map.of("reason", "NO_REPLIES")),
                new Call(Method.PUT, "/api/pen-pals/writers/" + id + "/limit", Map.of("maxPenPals", 2)),
                new Call(Method.GET, "/api/me/pen-pals", null)));
        given().contentType(ContentType.JSON).body(campaignForm("SOLIDARITY")).when().post("/api/campaigns")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theShowcaseIsPublic() {
        String[] c = activeAdvocacy();
        given().when().get("/api/campaigns").then().statusCode(200);
        given().when().get("/api/campaigns/" + c[0]).then().statusCode(200);
        given().when().get("/api/campaigns/" + c[0] + "/mailing-addresses").then().statusCode(200)
                .body("envelopes[0].officialId", equalTo(c[1]));
        given().when().get("/api/officials").then().statusCode(200);
        given().queryParam("region", "US-DC").when().get("/api/officials/representing").then().statusCode(200);
        given().when().get("/api/officials/" + c[1]).then().statusCode(200)
                .body("mailingAddress.line1", equalTo("2707 Martin Luther King Jr Ave SE"));
        given().when().get("/api/guidelines").then().statusCode(200);
    }

    @Test
    void rolesThatCanNeverDoSomethingAreForbidden() {
        String id = UUID.randomUUID().toString();
        String volunteer = volunteer(UUID.randomUUID());
        expect("volunteer", volunteer, 403, List.of(
                new Call(Method.POST, "/api/campaigns", campaignForm("SOLIDARITY")),
                new Call(Method.POST, "/api/campaigns/" + id + "/publish", null),
                new Call(Method.GET, "/api/campaigns/" + id + "/advocacy-pieces", null),
                new Call(Method.POST, "/api/officials", officialForm()),
                new Call(Method.DELETE, "/api/officials/" + id, null),
                new Call(Method.POST, "/api/guidelines", Map.of()),
                new Call(Method.GET, "/api/reimbursements", null),
                new Call(Method.POST, "/api/reimbursements/" + id + "/approve", null),
                new Call(Method.POST, "/api/pen-pals", Map.of("writerId", id, "recipientId", id)),
                new Call(Method.GET, "/api/pen-pals", null),
                new Call(Method.GET, "/api/pen-pals/suggestions?recipientId=" + id, null)));

        UUID chapter = UUID.randomUUID();
        String chapterCoordinator = coordinatorOf(chapter);
        expect("chapter coordinator", chapterCoordinator, 403, List.of(
                new Call(Method.POST, "/api/campaigns", campaignForm("SOLIDARITY")),
                new Call(Method.POST, "/api/campaigns/" + id + "/publish", null),
                new Call(Method.POST, "/api/pen-pals", Map.of("writerId", id, "recipientId", id)),
                new Call(Method.GET, "/api/pen-pals/suggestions?recipientId=" + id, null),
                new Call(Method.POST, "/api/reimbursements", REIMBURSEMENT),
                new Call(Method.GET, "/api/me/pen-pals", null),
                new Call(Method.POST, "/api/guidelines", Map.of("version", "9.9", "title", "t", "body", "b"))));

        String key = partnerKeyOf(chapter);
        expect("partner key", key, 403, List.of(
                new Call(Method.POST, "/api/campaigns", campaignForm("SOLIDARITY")),
                new Call(Method.POST, "/api/officials", officialForm()),
                new Call(Method.POST, "/api/reimbursements", REIMBURSEMENT),
                new Call(Method.POST, "/api/reimbursements/" + id + "/approve", null),
                new Call(Method.POST, "/api/pen-pals", Map.of("writerId", id, "recipientId", id)),
                new Call(Method.GET, "/api/me/advocacy-pieces", null),
                new Call(Method.GET, "/api/me/pen-pals", null)));

        String dashboard = TestTokens.bearer("dashboard");
        expect("dashboard", dashboard, 403, List.of(
                new Call(Method.POST, "/api/campaigns/" + id + "/advocacy-pieces", Map.of()),
                new Call(Method.GET, "/api/reimbursements", null),
                new Call(Method.GET, "/api/pen-pals", null)));
        as(volunteer).when().post("/api/campaigns").then().contentType("application/problem+json");
    }

    @Test
    void anotherChaptersStaffCannotReadOrDecideByGuessingIds() {
        UUID chapter = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        VolunteerEvents.registered(member, chapter, "US-CA", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER),
                Set.of("es"));
        VolunteerEvents.awaitWriter(member, w -> chapter.equals(w.chapterId));
        String reimbursement = as(volunteer(member)).contentType(ContentType.JSON).body(REIMBURSEMENT)
                .when().post("/api/reimbursements").then().statusCode(201).extract().path("id");

        UUID writer = VolunteerEvents.activeWeeklyWriter(chapter, "US-CA", PenPalFixtures.currentGuidelines(),
                "es");
        String match = PenPalFixtures.matched(writer, PenPalFixtures.recipient("es"));
        String[] campaign = activeAdvocacy();
        String drafted = draft(campaignForm("SOLIDARITY"));

        UUID elsewhere = UUID.randomUUID();
        for (String stranger : new String[] { coordinatorOf(elsewhere), partnerKeyOf(elsewhere) }) {
            as(stranger).when().get("/api/reimbursements/" + reimbursement).then().statusCode(404)
                    .contentType("application/problem+json");
            as(stranger).when().get("/api/pen-pals/" + match).then().statusCode(404);
            as(stranger).queryParam("writerId", writer.toString()).when().get("/api/pen-pals")
                    .then().statusCode(200).body("items.size()", equalTo(0));
            as(stranger).queryParam("size", 100).when().get("/api/campaigns/" + campaign[0] + "/advocacy-pieces")
                    .then().statusCode(200);
        }
        as(coordinatorOf(elsewhere)).when().post("/api/reimbursements/" + reimbursement + "/approve")
                .then().statusCode(404);
        as(partnerKeyOf(elsewhere)).when().get("/api/campaigns/" + drafted + "/advocacy-pieces")
                .then().statusCode(404);
        as(volunteer(UUID.randomUUID())).when().get("/api/reimbursements/" + reimbursement).then().statusCode(404);

        as(coordinatorOf(chapter)).when().get("/api/reimbursements/" + reimbursement).then().statusCode(200);
        as(coordinatorOf(chapter)).when().get("/api/pen-pals/" + match).then().statusCode(200);
        as(admin()).when().get("/api/reimbursements/" + reimbursement).then().statusCode(200);
        as(hq()).when().get("/api/pen-pals/" + match).then().statusCode(200);
    }

    @Test
    void aCoordinatorOfNoChapterActsForNone() {
        UUID chapter = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        VolunteerEvents.registered(member, chapter, "US-CA", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER),
                Set.of("es"));
        VolunteerEvents.awaitWriter(member, w -> chapter.equals(w.chapterId));
        String reimbursement = as(volunteer(member)).contentType(ContentType.JSON).body(REIMBURSEMENT)
                .when().post("/api/reimbursements").then().statusCode(201).extract().path("id");
        String[] campaign = activeAdvocacy();
        String drafted = draft(campaignForm("SOLIDARITY"));

        String nobodys = TestTokens.bearer("coordinator");
        expect("coordinator of no chapter", nobodys, 403, List.of(
                new Call(Method.GET, "/api/reimbursements", null),
                new Call(Method.GET, "/api/pen-pals", null),
                new Call(Method.GET, "/api/campaigns/" + campaign[0] + "/advocacy-pieces", null),
                new Call(Method.POST, "/api/campaigns", campaignForm("SOLIDARITY")),
                new Call(Method.POST, "/api/pen-pals", Map.of("writerId", member.toString(),
                        "recipientId", member.toString()))));
        expect("coordinator of no chapter", nobodys, 404, List.of(
                new Call(Method.GET, "/api/reimbursements/" + reimbursement, null),
                new Call(Method.POST, "/api/reimbursements/" + reimbursement + "/approve", null),
                new Call(Method.GET, "/api/campaigns/" + drafted, null)));
    }
}
