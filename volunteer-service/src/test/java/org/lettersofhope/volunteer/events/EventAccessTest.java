package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.volunteer.events.EventFixtures.approve;
import static org.lettersofhope.volunteer.events.EventFixtures.coordinatorOf;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.moveIntoPast;
import static org.lettersofhope.volunteer.events.EventFixtures.partnerKeyOf;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.post;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.uniqueEmail;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with community events: 401 for anonymous callers on protected endpoints, 403 for a role that can
 * never do it, 404 for a record outside the caller's chapter, so that guessing ids tells nothing.
 */
@QuarkusTest
class EventAccessTest {

    UUID chapter;
    /** A member of the chapter: only members (and its staff) may attach events to it. */
    UUID host;

    @org.junit.jupiter.api.BeforeEach
    void activeChapter() {
        chapter = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
        host = EventFixtures.memberOf(chapter);
    }

    String proposedInChapter() {
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());
        return propose(volunteer(host), plan);
    }

    static RequestSpecification as(String credential) {
        return credential.startsWith("Bearer ") ? given().header("Authorization", credential)
                : given().header("X-API-Key", credential);
    }

    static final Map<String, Object> REPORT = Map.of("lettersWritten", 1, "postcardsWritten", 1, "attendees", 1);

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        String event = proposedInChapter();
        given().contentType(ContentType.JSON).body(plan()).when().post("/api/events").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(plan()).when().put("/api/events/" + event).then().statusCode(401);
        given().when().post("/api/events/" + event + "/approval").then().statusCode(401);
        given().when().post("/api/events/" + event + "/cancellation").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("to", "REQUESTED")).when()
                .post("/api/events/" + event + "/organiser-intro").then().statusCode(401);
        given().when().get("/api/events/" + event + "/rsvps").then().statusCode(401);
        given().when().get("/api/events/managed").then().statusCode(401);
        given().when().get("/api/me/rsvps").then().statusCode(401);
        given().when().get("/api/me/events").then().statusCode(401);
    }

    @Test
    void rolesThatCanNeverDoSomethingAreForbidden() {
        String event = proposedInChapter();
        String partner = partnerKeyOf(chapter);
        as(volunteer(host)).when().post("/api/events/" + event + "/approval").then().statusCode(403)
                .contentType("application/problem+json");
        as(volunteer(host)).when().get("/api/events/managed").then().statusCode(403);
        as(partner).contentType(ContentType.JSON).body(plan()).when().post("/api/events").then().statusCode(403);
        as(partner).when().get("/api/me/rsvps").then().statusCode(403);
        as(TestTokens.bearer("dashboard")).when().post("/api/events/" + event + "/cancellation")
                .then().statusCode(403);
        // the host asks for the organiser's introduction; only staff schedule it, and a dashboard key does neither
        as(volunteer(host)).contentType(ContentType.JSON).body(Map.of("to", "DONE")).when()
                .post("/api/events/" + event + "/organiser-intro").then().statusCode(403);
        as(dashboardKey()).contentType(ContentType.JSON).body(Map.of("to", "REQUESTED")).when()
                .post("/api/events/" + event + "/organiser-intro").then().statusCode(403);
    }

    @Test
    void anRsvpIsReadAtItsLocationByItsVolunteerAndTheEventsStaffOnly() {
        Map<String, Object> p = plan();
        p.put("chapterId", chapter.toString());
        String event = EventFixtures.approvedEvent(p);
        UUID me = EventFixtures.memberOf(chapter);
        String location = as(volunteer(me)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps").then().statusCode(201).extract().header("Location");
        String path = java.net.URI.create(location).getPath();
        for (String reader : new String[] { volunteer(me), coordinatorOf(chapter), partnerKeyOf(chapter), hq(),
                TestTokens.bearer("admin") }) {
            as(reader).when().get(path).then().statusCode(200).body("eventId", equalTo(event));
        }
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        UUID elsewhere = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
        for (String stranger : new String[] { volunteer(UUID.randomUUID()), coordinatorOf(elsewhere),
                partnerKeyOf(elsewhere), TestTokens.bearer("coordinator") }) {
            as(stranger).when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        as(volunteer(me)).when().get("/api/events/" + event + "/rsvps/" + UUID.randomUUID()).then().statusCode(404);
        as(hq()).when().get("/api/events/" + UUID.randomUUID() + "/rsvps/" + path.substring(path.lastIndexOf('/') + 1))
                .then().statusCode(404);
    }

    @Test
    void anotherVolunteerCannotSeeOrChangeSomeoneElsesEvent() {
        String event = proposedInChapter();
        String other = volunteer(UUID.randomUUID());
        as(other).when().get("/api/events/" + event).then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(plan()).when().put("/api/events/" + event)
                .then().statusCode(404);
        as(other).when().post("/api/events/" + event + "/cancellation").then().statusCode(404);
        as(other).when().get("/api/events/" + event + "/rsvps").then().statusCode(404);
        as(other).contentType(ContentType.JSON).body(REPORT).when().put("/api/events/" + event + "/report-back")
                .then().statusCode(404);
        as(volunteer(host)).when().get("/api/events/" + event).then().statusCode(200);
    }

    @Test
    void anotherChaptersCoordinatorAndKeyCannotReadOrChangeByGuessingIds() {
        String event = proposedInChapter();
        UUID elsewhere = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
        for (String stranger : new String[] { coordinatorOf(elsewhere), partnerKeyOf(elsewhere) }) {
            as(stranger).when().get("/api/events/" + event).then().statusCode(404)
                    .contentType("application/problem+json");
            as(stranger).when().post("/api/events/" + event + "/approval").then().statusCode(404);
            as(stranger).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                    .when().post("/api/events/" + event + "/rejection").then().statusCode(404);
            as(stranger).contentType(ContentType.JSON).body(plan()).when().put("/api/events/" + event)
                    .then().statusCode(404);
            as(stranger).when().post("/api/events/" + event + "/cancellation").then().statusCode(404);
            as(stranger).when().get("/api/events/" + event + "/rsvps").then().statusCode(404);
            as(stranger).queryParam("chapterId", chapter.toString()).when().get("/api/events/managed")
                    .then().statusCode(200).body("totalItems", equalTo(0));
        }
        as(hq()).when().get("/api/events/" + event).then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void anApprovedEventsRsvpsAndAttendanceStayWithItsChapter() {
        String event = proposedInChapter();
        approve(hq(), event).statusCode(200);
        String rsvp = EventFixtures.confirmedGuest(event, "Guest", uniqueEmail("guest")).getString("id");
        moveIntoPast(event);
        String stranger = partnerKeyOf(org.lettersofhope.volunteer.support.Fixtures.activeChapter());
        String path = "/api/events/" + event + "/rsvps/" + rsvp;
        as(stranger).contentType(ContentType.JSON).body(Map.of("attendance", "ATTENDED"))
                .when().put(path + "/attendance").then().statusCode(404);
        as(stranger).when().post(path + "/cancellation").then().statusCode(404);
        as(stranger).contentType(ContentType.JSON).body(REPORT).when().put("/api/events/" + event + "/report-back")
                .then().statusCode(404);
        as(partnerKeyOf(chapter)).contentType(ContentType.JSON).body(Map.of("attendance", "ATTENDED"))
                .when().put(path + "/attendance").then().statusCode(200);
    }

    @Test
    void theChaptersCoordinatorAndKeyReviewAndSeeTheirOwnEvents() {
        String event = proposedInChapter();
        String partner = partnerKeyOf(chapter);
        as(partner).queryParams(Map.of("status", "PROPOSED")).when().get("/api/events/managed")
                .then().statusCode(200)
                .body("items.id", hasItem(event))
                .body("items.chapterId", everyItem(equalTo(chapter.toString())));
        as(coordinatorOf(chapter)).when().get("/api/events/" + event)
                .then().statusCode(200).body("location.streetAddress", notNullValue())
                .body("hostId", equalTo(host.toString()));
        as(partner).when().post("/api/events/" + event + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void theHostSeesNamesButOnlyCoordinatorsSeeGuestEmails() {
        String event = proposedInChapter();
        approve(coordinatorOf(chapter), event).statusCode(200);
        String email = uniqueEmail("guest");
        EventFixtures.confirmedGuest(event, "Guest Person", email);
        as(volunteer(host)).when().get("/api/events/" + event + "/rsvps")
                .then().statusCode(200).body("name", contains("Guest Person")).body("[0].email", nullValue());
        as(coordinatorOf(chapter)).when().get("/api/events/" + event + "/rsvps")
                .then().statusCode(200).body("email", contains(email));
        as(TestTokens.bearer("admin")).when().get("/api/events/" + event + "/rsvps")
                .then().statusCode(200).body("email", contains(email));
        as(volunteer(UUID.randomUUID())).when().get("/api/events/" + event)
                .then().statusCode(200).body("location.streetAddress", nullValue()).body("hostId", nullValue());
    }

    @Test
    void aGuestsLinkAloneConfirmsAnRsvpWhoeverCalls() {
        String event = proposedInChapter();
        approve(hq(), event).statusCode(200);
        java.util.List<String> callers = java.util.Arrays.asList(null, volunteer(Fixtures.register()),
                coordinatorOf(chapter), partnerKeyOf(chapter), dashboardKey(),
                TestTokens.bearer("coordinator", "headquarters"), TestTokens.bearer("admin"));
        // Credentials neither help nor hurt: without the mailed token every caller gets the same problem.
        for (String caller : callers) {
            RequestSpecification spec = caller == null ? given() : as(caller);
            spec.contentType(ContentType.JSON).body(Map.of("token", "C".repeat(43)))
                    .when().post("/api/events/rsvp-confirmations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("token"));
        }
        String token = EventFixtures.requestAsGuest(event, "Guest", uniqueEmail("guest"));
        // Whoever follows the link, the answer shows the street address only to those who see it anyway (staff).
        as(volunteer(Fixtures.register())).contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/events/rsvp-confirmations").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("event.location.detailsShown", equalTo(false));
    }

    static String dashboardKey() {
        return given().header("Authorization", TestTokens.bearer("admin")).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}").when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    @Test
    void aChapterCoordinatorProposesForTheirOwnChapterOnly() {
        Map<String, Object> plan = plan();
        plan.put("chapterId", UUID.randomUUID().toString());
        post(coordinatorOf(chapter), plan).statusCode(422).body("violations.field", contains("chapterId"));
        plan.remove("chapterId");
        post(coordinatorOf(chapter), plan).statusCode(201).body("chapterId", equalTo(chapter.toString()));
        post(TestTokens.bearer("admin"), plan).statusCode(201).body("chapterId", nullValue());
    }

    @Test
    void headquartersLooksAfterEveryChapter() {
        String event = proposedInChapter();
        as(hq()).queryParams(Map.of("chapterId", chapter.toString())).when().get("/api/events/managed")
                .then().statusCode(200).body("items.id", contains(event));
        as(TestTokens.bearer("admin")).when().post("/api/events/" + event + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(coordinatorOf(chapter)).queryParams(Map.of("chapterId", chapter.toString(), "status", "PROPOSED"))
                .when().get("/api/events/managed").then().statusCode(200).body("items.id", not(hasItem(event)));
    }
}
