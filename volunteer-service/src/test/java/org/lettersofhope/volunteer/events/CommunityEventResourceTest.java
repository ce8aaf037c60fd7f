package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.volunteer.events.EventFixtures.approve;
import static org.lettersofhope.volunteer.events.EventFixtures.approvedEvent;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.location;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.post;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Proposing, reviewing, editing, cancelling and listing community events. */
@QuarkusTest
class CommunityEventResourceTest {

    @Test
    void proposesAnEventWithTheCallerAsHost() {
        UUID host = UUID.randomUUID();
        var created = post(volunteer(host), plan()).statusCode(201).extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/events/" + id));
        given().header("Authorization", volunteer(host)).when().get("/api/events/" + id)
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("hostId", equalTo(host.toString()))
                .body("organiserIntroRequested", equalTo(true))
                .body("location.streetAddress", equalTo("1250 Main St"))
                .body("spotsLeft", equalTo(20));
        given().when().get("/api/events/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void approvedEventIsPublicWithCityAndRegionOnly() {
        Map<String, Object> plan = plan();
        String campaign = EventFixtures.publishedCampaign();
        plan.put("campaignId", campaign);
        String id = approvedEvent(plan);

        given().when().get("/api/events/" + id)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("location.city", equalTo("San Diego"))
                .body("location.region", equalTo("US-CA"))
                .body("location.detailsShown", equalTo(false))
                .body("location.streetAddress", nullValue())
                .body("location.venueName", nullValue())
                .body("hostId", nullValue())
                .body("organiserIntroRequested", nullValue());
        given().queryParam("campaignId", campaign).when().get("/api/events")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].location.streetAddress", nullValue())
                .body("totalItems", equalTo(1));
    }

    @Test
    void rejectionNeedsAReasonThatTheHostSees() {
        UUID host = UUID.randomUUID();
        String id = propose(volunteer(host), plan());
        given().header("Authorization", hq()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + id + "/rejection")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Please pick a venue further from the facility."))
                .when().post("/api/events/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().header("Authorization", volunteer(host)).when().get("/api/events/" + id)
                .then().statusCode(200)
                .body("rejectionReason", equalTo("Please pick a venue further from the facility."));
        given().when().get("/api/events/" + id).then().statusCode(404);
    }

    @Test
    void illegalTransitionsAreConflictsListingTheAllowedNextStatuses() {
        String approved = approvedEvent(plan());
        approve(hq(), approved).statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("APPROVED"))
                .body("allowedNextStatuses", contains("CANCELLED"));

        String rejected = propose(volunteer(UUID.randomUUID()), plan());
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("reason", "No."))
                .when().post("/api/events/" + rejected + "/rejection").then().statusCode(200);
        approve(hq(), rejected).statusCode(409)
                .body("status", equalTo(409))
                .body("currentStatus", equalTo("REJECTED"))
                .body("allowedNextStatuses", empty());
        given().header("Authorization", hq()).when().post("/api/events/" + rejected + "/cancellation")
                .then().statusCode(409).body("currentStatus", equalTo("REJECTED"));
    }

    @Test
    void hostCancelsAndTheEventLeavesTheListing() {
        UUID host = UUID.randomUUID();
        Map<String, Object> plan = plan();
        String campaign = EventFixtures.publishedCampaign();
        plan.put("campaignId", campaign);
        String id = propose(volunteer(host), plan);
        approve(hq(), id).statusCode(200);

        given().header("Authorization", volunteer(host)).when().post("/api/events/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().queryParam("campaignId", campaign).when().get("/api/events")
                .then().statusCode(200).body("items", empty());
        given().when().get("/api/events/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().header("Authorization", volunteer(host)).when().post("/api/events/" + id + "/cancellation")
                .then().statusCode(409).body("currentStatus", equalTo("CANCELLED"))
                .body("allowedNextStatuses", empty());
    }

    @Test
    void listingFiltersByRegionKindDatesCampaignAndChapter() {
        String campaign = EventFixtures.publishedCampaign();
        UUID chapter = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
        Instant base = Instant.now().plus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        String inCa = approvedEvent(at(plan(), campaign, base, "US-CA", "LETTER_WRITING", null));
        String inTx = approvedEvent(at(plan(), campaign, base.plus(Duration.ofDays(7)), "US-TX", "POSTCARD_PARTY",
                chapter));
        propose(volunteer(UUID.randomUUID()), at(plan(), campaign, base, "US-CA", "LETTER_WRITING", null));

        given().queryParam("campaignId", campaign).when().get("/api/events")
                .then().statusCode(200).body("items.id", contains(inCa, inTx));
        given().queryParams(Map.of("campaignId", campaign, "region", "us-tx")).when().get("/api/events")
                .then().body("items.id", contains(inTx));
        given().queryParams(Map.of("campaignId", campaign, "kind", "LETTER_WRITING")).when().get("/api/events")
                .then().body("items.id", contains(inCa));
        given().queryParams(Map.of("campaignId", campaign, "chapterId", chapter.toString())).when().get("/api/events")
                .then().body("items.id", contains(inTx));
        String day = base.plus(Duration.ofDays(7)).toString().substring(0, 10);
        given().queryParams(Map.of("campaignId", campaign, "from", day, "to", day)).when().get("/api/events")
                .then().body("items.id", contains(inTx));
        given().queryParams(Map.of("campaignId", campaign, "size", 1)).when().get("/api/events")
                .then().body("items.id", contains(inCa)).body("hasNext", equalTo(true)).body("totalItems", equalTo(2));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        given().queryParam("from", "2026-13-45").when().get("/api/events")
                .then().statusCode(400).body("violations.field", contains("from"));
        given().queryParams(Map.of("from", "2027-02-01", "to", "2027-01-01")).when().get("/api/events")
                .then().statusCode(400).body("violations.field", contains("to"));
        given().queryParams(Map.of("kind", "PICNIC", "region", "California", "campaignId", "nope", "size", 1000))
                .when().get("/api/events")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("kind", "region", "campaignId", "size"));
    }

    @Test
    void rejectsInvalidPlansFieldByField() {
        Map<String, Object> plan = plan();
        Instant start = Instant.now().plus(Duration.ofDays(800));
        plan.put("startsAt", start.toString());
        plan.put("endsAt", start.plus(Duration.ofDays(8)).toString());
        plan.put("timeZone", "Mars/Olympus_Mons");
        plan.put("capacity", 10001);
        plan.put("title", "<script>alert(1)</script>");
        plan.put("description", "line\u0007bell");
        location(plan).put("region", "California");
        location(plan).put("meetingUrl", "https://meet.example.org/x");
        post(volunteer(UUID.randomUUID()), plan).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("startsAt", "endsAt", "timeZone", "capacity", "title",
                        "description", "location.region", "location.meetingUrl"))
                .body(not(org.hamcrest.Matchers.containsString("alert(1)")));

        Map<String, Object> virtual = plan();
        virtual.put("format", "VIRTUAL");
        virtual.put("capacity", 0);
        virtual.put("endsAt", virtual.get("startsAt"));
        location(virtual).put("meetingUrl", "http://meet.example.org/x");
        post(volunteer(UUID.randomUUID()), virtual).statusCode(400)
                .body("violations.field", containsInAnyOrder("capacity", "endsAt", "location.streetAddress",
                        "location.meetingUrl"));

        Map<String, Object> past = plan();
        past.put("startsAt", Instant.now().minus(Duration.ofHours(2)).toString());
        past.put("endsAt", Instant.now().minus(Duration.ofHours(1)).toString());
        location(past).remove("city");
        post(volunteer(UUID.randomUUID()), past).statusCode(400)
                .body("violations.field", containsInAnyOrder("startsAt", "location.city"));
    }

    @Test
    void editingAProposedEventHonoursIfMatch() {
        UUID host = UUID.randomUUID();
        String id = propose(volunteer(host), plan());
        String etag = given().header("Authorization", volunteer(host)).when().get("/api/events/" + id)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> edited = plan();
        edited.put("title", "Renamed evening");
        given().header("Authorization", volunteer(host)).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(edited).when().put("/api/events/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        String newEtag = given().header("Authorization", volunteer(host)).header("If-Match", etag)
                .contentType(ContentType.JSON).body(edited).when().put("/api/events/" + id)
                .then().statusCode(200).body("title", equalTo("Renamed evening")).extract().header("ETag");
        assertEquals(false, etag.equals(newEtag));

        approve(hq(), id).statusCode(200);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON).body(edited)
                .when().put("/api/events/" + id)
                .then().statusCode(409).body("currentStatus", equalTo("APPROVED"));
    }

    @Test
    void aRetriedProposalWithTheSameIdempotencyKeyAnswersTheFirst() {
        String host = volunteer(UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        Map<String, Object> plan = plan();
        String first = given().header("Authorization", host).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan).when().post("/api/events")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", host).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan).when().post("/api/events")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        given().header("Authorization", host).when().get("/api/me/events")
                .then().statusCode(200).body("items.id", contains(first));
    }

    static Map<String, Object> at(Map<String, Object> plan, String campaign, Instant start, String region,
            String kind, UUID chapter) {
        plan.put("campaignId", campaign);
        plan.put("startsAt", start.toString());
        plan.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        plan.put("timeZone", "UTC");
        plan.put("kind", kind);
        plan.put("chapterId", chapter == null ? null : chapter.toString());
        location(plan).put("region", region);
        return plan;
    }
}
