package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.volunteer.events.EventFixtures.approve;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.partnerKeyOf;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The organiser's video introduction: the host asks, a coordinator of the event's chapter schedules it (a time during
 * the event, a link mailed to the host and shown to host and staff only), then marks it done or declines it.
 */
@QuarkusTest
class OrganiserIntroResourceTest {

    static final String INTRO_MAIL = "Organiser introduction at";

    /** An event of a chapter of its own, proposed by a member who signed up with {@code email}. */
    record Hosted(UUID chapter, UUID host, String email, String event, Instant startsAt) {
    }

    static Hosted hosted(boolean introRequested) {
        UUID chapter = Fixtures.activeChapter();
        String email = Fixtures.uniqueEmail("host");
        UUID host = Fixtures.register(email, null);
        Fixtures.join(host, chapter);
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());
        plan.put("organiserIntroRequested", introRequested);
        return new Hosted(chapter, host, email, propose(volunteer(host), plan),
                Instant.parse((String) plan.get("startsAt")));
    }

    static ValidatableResponse step(String credential, String event, Map<String, Object> body) {
        return EventAccessTest.as(credential).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/" + event + "/organiser-intro").then();
    }

    static Map<String, Object> to(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", status);
        return body;
    }

    static Map<String, Object> scheduled(Instant at, String url) {
        Map<String, Object> body = to("SCHEDULED");
        body.put("at", at.toString());
        body.put("meetingUrl", url);
        return body;
    }

    static String coordinatorOf(UUID chapter, UUID person) {
        return TestTokens.bearerFor(person, chapter, "coordinator");
    }

    @Test
    void aCoordinatorSchedulesWhatTheHostAskedForAndTheLinkGoesToTheHostAlone() {
        Hosted h = hosted(true);
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .statusCode(200).body("organiserIntro.status", equalTo("REQUESTED"))
                .body("organiserIntro.allowedNextStatuses", contains("SCHEDULED", "DECLINED"));
        approve(hq(), h.event()).statusCode(200);

        UUID organiser = UUID.randomUUID();
        String link = "https://meet.example.org/intro-" + UUID.randomUUID();
        Instant at = h.startsAt().plus(Duration.ofMinutes(15));
        step(coordinatorOf(h.chapter(), organiser), h.event(), scheduled(at, link)).statusCode(200)
                .body("organiserIntro.status", equalTo("SCHEDULED"))
                .body("organiserIntro.at", equalTo(at.toString()))
                .body("organiserIntro.meetingUrl", equalTo(link))
                .body("organiserIntro.coordinatorId", equalTo(organiser.toString()));

        assertTrue(Mails.first(h.email(), INTRO_MAIL).text().contains(link));
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .body("organiserIntro.meetingUrl", equalTo(link));
        // anyone else, an attendee with a confirmed place included, sees neither the link nor that there is one
        UUID attendee = Fixtures.register();
        given().header("Authorization", volunteer(attendee)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + h.event() + "/rsvps").then().statusCode(201);
        for (var reader : new io.restassured.specification.RequestSpecification[] { given(),
                given().header("Authorization", volunteer(attendee)) }) {
            String body = reader.when().get("/api/events/" + h.event()).then().statusCode(200).extract().asString();
            assertFalse(body.contains(link) || body.contains("organiserIntro"), body);
        }
        assertFalse(given().when().get("/api/events?size=100").then().extract().asString().contains(link));
    }

    @Test
    void coordinatorsFindTheEventsWaitingForAnOrganiser() {
        Hosted waiting = hosted(true);
        Hosted none = hosted(false);
        given().header("Authorization", hq()).queryParam("introStatus", "REQUESTED").queryParam("size", 100)
                .queryParam("chapterId", waiting.chapter().toString()).when().get("/api/events/managed").then()
                .statusCode(200).body("items.id", contains(waiting.event()));
        given().header("Authorization", coordinatorOf(none.chapter(), UUID.randomUUID()))
                .queryParam("introStatus", "REQUESTED").when().get("/api/events/managed").then().statusCode(200)
                .body("items.size()", equalTo(0));
        step(hq(), waiting.event(), scheduled(waiting.startsAt(), "https://meet.example.org/a")).statusCode(200);
        given().header("Authorization", hq()).queryParam("introStatus", "SCHEDULED")
                .queryParam("chapterId", waiting.chapter().toString()).when().get("/api/events/managed").then()
                .body("items.id", contains(waiting.event()));
        given().header("Authorization", hq()).queryParam("introStatus", "SOON").when().get("/api/events/managed")
                .then().statusCode(400).body("violations.field", contains("introStatus"));
    }

    @Test
    void theIntroductionMovesOnlyAlongItsWorkflow() {
        Hosted h = hosted(false);
        String staff = coordinatorOf(h.chapter(), UUID.randomUUID());
        step(staff, h.event(), to("SCHEDULED")).statusCode(400)
                .body("violations.field", containsInAnyOrder("at", "meetingUrl"));
        step(staff, h.event(), scheduled(h.startsAt(), "https://meet.example.org/x")).statusCode(409)
                .body("currentStatus", equalTo("NOT_REQUESTED")).body("allowedNextStatuses", contains("REQUESTED"));
        // the host may ask later, and an unchanged edit of the proposal keeps the request
        step(volunteer(h.host()), h.event(), to("REQUESTED")).statusCode(200)
                .body("organiserIntro.status", equalTo("REQUESTED")).body("organiserIntroRequested", equalTo(true));
        step(staff, h.event(), to("DONE")).statusCode(409).body("currentStatus", equalTo("REQUESTED"));
        step(staff, h.event(), scheduled(h.startsAt(), "https://meet.example.org/first")).statusCode(200);
        step(staff, h.event(), scheduled(h.startsAt().plus(Duration.ofMinutes(30)), "https://meet.example.org/moved"))
                .statusCode(200).body("organiserIntro.meetingUrl", equalTo("https://meet.example.org/moved"));
        Map<String, Object> decline = to("DECLINED");
        decline.put("reason", "No organiser is free that evening.");
        step(staff, h.event(), decline).statusCode(200).body("organiserIntro.status", equalTo("DECLINED"))
                .body("organiserIntro.allowedNextStatuses.size()", equalTo(0));
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .body("organiserIntro.declineReason", equalTo("No organiser is free that evening."));
        step(staff, h.event(), to("REQUESTED")).statusCode(409).body("currentStatus", equalTo("DECLINED"));

        Hosted cancelled = hosted(false);
        given().header("Authorization", volunteer(cancelled.host())).when()
                .post("/api/events/" + cancelled.event() + "/cancellation").then().statusCode(200);
        step(volunteer(cancelled.host()), cancelled.event(), to("REQUESTED")).statusCode(409)
                .body("currentStatus", equalTo("CANCELLED"));
    }

    @Test
    void badStepsAreRefusedWithTheFieldNamedAndChangeNothing() {
        Hosted h = hosted(true);
        String staff = coordinatorOf(h.chapter(), UUID.randomUUID());
        step(staff, h.event(), scheduled(h.startsAt(), "http://meet.example.org/x")).statusCode(400)
                .body("violations.field", contains("meetingUrl"));
        step(staff, h.event(), scheduled(h.startsAt().minus(Duration.ofMinutes(1)), "https://meet.example.org/x"))
                .statusCode(400).body("violations.field", contains("at"));
        step(staff, h.event(), scheduled(h.startsAt().plus(Duration.ofHours(2)), "https://meet.example.org/x"))
                .statusCode(400).body("violations.field", contains("at"));
        Map<String, Object> doneWithTime = to("DONE");
        doneWithTime.put("at", h.startsAt().toString());
        step(staff, h.event(), doneWithTime).statusCode(400).body("violations.field", contains("at"));
        step(staff, h.event(), to("NOT_REQUESTED")).statusCode(400).body("violations.field", contains("to"));
        step(staff, h.event(), to("LATER")).statusCode(400).contentType("application/problem+json");
        EventAccessTest.as(staff).contentType(ContentType.JSON).body("{\"to\":")
                .when().post("/api/events/" + h.event() + "/organiser-intro").then().statusCode(400);

        // a key has no person to send: it names the coordinator, who must be a current volunteer
        String key = partnerKeyOf(h.chapter());
        step(key, h.event(), scheduled(h.startsAt(), "https://meet.example.org/k")).statusCode(400)
                .body("violations.field", contains("coordinatorId"));
        Map<String, Object> unknown = scheduled(h.startsAt(), "https://meet.example.org/k");
        unknown.put("coordinatorId", UUID.randomUUID().toString());
        step(key, h.event(), unknown).statusCode(422).body("violations.field", contains("coordinatorId"));
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .body("organiserIntro.status", equalTo("REQUESTED")).body("organiserIntro.at", nullValue());

        UUID organiser = Fixtures.register();
        Map<String, Object> named = scheduled(h.startsAt(), "https://meet.example.org/k");
        named.put("coordinatorId", organiser.toString());
        step(key, h.event(), named).statusCode(200).body("organiserIntro.coordinatorId",
                equalTo(organiser.toString()));
        // erasing the organiser takes their id out of the event
        given().header("Authorization", Fixtures.tokenOf(organiser)).when().delete("/api/volunteers/" + organiser)
                .then().statusCode(204);
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .body("organiserIntro.status", equalTo("SCHEDULED")).body("organiserIntro.coordinatorId", nullValue());
    }

    @Test
    void onlyTheHostAndTheEventsStaffTakePart() {
        Hosted h = hosted(true);
        Map<String, Object> schedule = scheduled(h.startsAt(), "https://meet.example.org/s");
        given().contentType(ContentType.JSON).body(schedule).when()
                .post("/api/events/" + h.event() + "/organiser-intro").then().statusCode(401)
                .contentType("application/problem+json");
        step(volunteer(h.host()), h.event(), schedule).statusCode(403).contentType("application/problem+json");
        step(volunteer(h.host()), h.event(), to("DECLINED")).statusCode(403);
        step(volunteer(UUID.randomUUID()), h.event(), to("REQUESTED")).statusCode(404)
                .contentType("application/problem+json");
        step(coordinatorOf(Fixtures.activeChapter(), UUID.randomUUID()), h.event(), schedule).statusCode(404);
        step(partnerKeyOf(Fixtures.activeChapter()), h.event(), schedule).statusCode(404);
        step(hq(), UUID.randomUUID().toString(), schedule).statusCode(404);
        given().header("Authorization", volunteer(h.host())).when().get("/api/events/" + h.event()).then()
                .body("organiserIntro.status", equalTo("REQUESTED"));
        step(TestTokens.bearer("admin"), h.event(), schedule).statusCode(200)
                .body("organiserIntro.status", equalTo("SCHEDULED"))
                .body("organiserIntro.allowedNextStatuses", hasItem("DONE"))
                .body("organiserIntro.allowedNextStatuses", not(hasItem("REQUESTED")));
        step(coordinatorOf(h.chapter(), UUID.randomUUID()), h.event(), to("DONE")).statusCode(200)
                .body("organiserIntro.status", equalTo("DONE"));
    }
}
