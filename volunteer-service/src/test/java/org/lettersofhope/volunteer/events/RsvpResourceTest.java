package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.startsWith;
import static org.lettersofhope.volunteer.events.EventFixtures.approvedEvent;
import static org.lettersofhope.volunteer.events.EventFixtures.confirmRsvp;
import static org.lettersofhope.volunteer.events.EventFixtures.confirmedGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.requestAsGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.moveIntoPast;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.rsvpAsGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.uniqueEmail;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Registering, the waitlist, cancelling, attendance and report-back. */
@QuarkusTest
class RsvpResourceTest {

    static String eventWithCapacity(int capacity) {
        Map<String, Object> plan = plan();
        plan.put("capacity", capacity);
        return approvedEvent(plan);
    }

    static List<Map<String, Object>> attendees(String eventId) {
        return given().header("Authorization", hq()).when().get("/api/events/" + eventId + "/rsvps")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    static void cancelAsGuest(String eventId, String rsvpId, String token, int expectedStatus) {
        given().contentType(ContentType.JSON).body(Map.of("cancelToken", token))
                .when().post("/api/events/" + eventId + "/rsvps/" + rsvpId + "/guest-cancellation")
                .then().statusCode(expectedStatus);
    }

    @Test
    void waitlistsRegistrationsBeyondCapacity() {
        String event = eventWithCapacity(2);
        assertEquals("CONFIRMED", confirmedGuest(event, "One", uniqueEmail("one")).getString("status"));
        assertEquals("CONFIRMED", confirmedGuest(event, "Two", uniqueEmail("two")).getString("status"));
        confirmRsvp(requestAsGuest(event, "Three", uniqueEmail("three"))).statusCode(200)
                .body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1))
                .body("event.location.streetAddress", nullValue());
        confirmRsvp(requestAsGuest(event, "Four", uniqueEmail("four"))).statusCode(200)
                .body("waitlistPosition", equalTo(2));
        given().when().get("/api/events/" + event)
                .then().body("spotsLeft", equalTo(0)).body("waitlistCount", equalTo(2));
    }

    @Test
    void cancellingAPlaceGivesItToTheLongestWaiting() {
        String event = eventWithCapacity(1);
        JsonPath first = confirmedGuest(event, "First", uniqueEmail("first"));
        String second = confirmedGuest(event, "Second", uniqueEmail("second")).getString("id");
        String third = confirmedGuest(event, "Third", uniqueEmail("third")).getString("id");

        cancelAsGuest(event, first.getString("id"), first.getString("cancelToken"), 200);
        cancelAsGuest(event, first.getString("id"), first.getString("cancelToken"), 200);

        List<Map<String, Object>> rsvps = attendees(event);
        assertEquals("CANCELLED", statusOf(rsvps, first.getString("id")));
        assertEquals("CONFIRMED", statusOf(rsvps, second));
        assertEquals("WAITLISTED", statusOf(rsvps, third));
        assertEquals(1, rsvps.stream().filter(r -> r.get("id").equals(third)).findFirst().orElseThrow()
                .get("waitlistPosition"));
    }

    @Test
    void aGuestCancelsOnlyWithTheirOwnToken() {
        String event = eventWithCapacity(5);
        JsonPath mine = confirmedGuest(event, "Mine", uniqueEmail("mine"));
        JsonPath other = confirmedGuest(event, "Other", uniqueEmail("other"));
        String path = "/api/events/" + event + "/rsvps/" + mine.getString("id");

        cancelAsGuest(event, mine.getString("id"), other.getString("cancelToken"), 404);
        given().contentType(ContentType.JSON).body("{}").when().post(path + "/guest-cancellation")
                .then().statusCode(400).body("violations.field", contains("cancelToken"));
        given().when().post(path + "/cancellation").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", volunteer(Fixtures.register())).when().post(path + "/cancellation")
                .then().statusCode(404);
        cancelAsGuest(UUID.randomUUID().toString(), mine.getString("id"), mine.getString("cancelToken"), 404);
        cancelAsGuest(event, mine.getString("id"), mine.getString("cancelToken"), 200);
    }

    @Test
    void concurrentConfirmationsNeverOverbook() throws Exception {
        String event = eventWithCapacity(3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tokens.add(requestAsGuest(event, "Rush", uniqueEmail("rush" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> confirmRsvp(token).statusCode(200).extract().path("status")));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> a : answers) {
            statuses.add(a.get());
        }
        pool.shutdown();
        assertEquals(3, statuses.stream().filter("CONFIRMED"::equals).count());
        List<Object> positions = attendees(event).stream().map(r -> r.get("waitlistPosition"))
                .filter(java.util.Objects::nonNull).sorted().toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13), positions);
    }

    @Test
    void aVolunteerRegistersWithTheirTokenAndFindsItInTheirRsvps() {
        String event = eventWithCapacity(5);
        UUID me = Fixtures.register();
        String id = given().header("Authorization", volunteer(me)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(201).body("cancelToken", nullValue()).extract().path("id");
        given().header("Authorization", volunteer(me)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps").then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", volunteer(me)).when().get("/api/me/rsvps")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].event.location.streetAddress", equalTo("1250 Main St"));
        given().header("Authorization", volunteer(me)).when().get("/api/events/" + event)
                .then().body("location.detailsShown", equalTo(true));
        given().header("Authorization", volunteer(me))
                .when().post("/api/events/" + event + "/rsvps/" + id + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().header("Authorization", volunteer(me)).when().get("/api/events/" + event)
                .then().body("location.streetAddress", nullValue());
    }

    @Test
    void aTokenOfAnErasedVolunteerIsRefusedClearlyNotWithAServerError() {
        String event = eventWithCapacity(5);
        UUID erased = Fixtures.register();
        given().header("Authorization", volunteer(erased)).when().delete("/api/volunteers/" + erased)
                .then().statusCode(204);
        // 403 from the RSVP itself while the erasure is on its way through Kafka; 401 from the identity check once the
        // volunteer standing projection has it. Either is a clear refusal, never a 500.
        given().header("Authorization", volunteer(erased)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(anyOf(is(401), is(403))).contentType("application/problem+json");
        // An id that never was a volunteer's cannot take a place in anyone's name either.
        given().header("Authorization", volunteer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("name", "Ghost")).when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", hq()).when().get("/api/events/" + event + "/rsvps")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aGuestNeedsANameAndAValidEmail() {
        String event = eventWithCapacity(5);
        given().contentType(ContentType.JSON).body(Map.of("name", "Sam")).when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(400).body("violations.field", contains("email"));
        given().contentType(ContentType.JSON).body(Map.of("name", "<b>Sam</b>", "email", "not-an-email"))
                .when().post("/api/events/" + event + "/rsvps")
                .then().statusCode(400).body("violations.field", hasItem("email")).body("violations.field",
                        hasItem("name"));
    }

    @Test
    void onlyApprovedEventsThatHaveNotEndedTakeRegistrations() {
        String proposed = propose(volunteer(UUID.randomUUID()), plan());
        rsvpAsGuest(proposed, "Sam", uniqueEmail("sam")).statusCode(404);
        String over = eventWithCapacity(5);
        moveIntoPast(over);
        rsvpAsGuest(over, "Sam", uniqueEmail("sam")).statusCode(409).body("currentStatus", equalTo("APPROVED"));
    }

    @Test
    void theHostMarksAttendanceOnceTheEventIsOver() {
        UUID host = UUID.randomUUID();
        Map<String, Object> plan = plan();
        plan.put("capacity", 1);
        String event = propose(volunteer(host), plan);
        EventFixtures.approve(hq(), event).statusCode(200);
        String came = confirmedGuest(event, "Came", uniqueEmail("came")).getString("id");
        String waited = confirmedGuest(event, "Waited", uniqueEmail("waited")).getString("id");
        String attendance = "/api/events/" + event + "/rsvps/";

        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "ATTENDED")).when().put(attendance + came + "/attendance")
                .then().statusCode(409).body("detail", equalTo(
                        "The event has not ended yet; it can be marked for attendance once it has."));
        moveIntoPast(event);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "ATTENDED")).when().put(attendance + came + "/attendance")
                .then().statusCode(200).body("attendance", equalTo("ATTENDED")).body("email", nullValue());
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "NO_SHOW")).when().put(attendance + waited + "/attendance")
                .then().statusCode(409).body("currentStatus", equalTo("WAITLISTED"));
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "MAYBE")).when().put(attendance + came + "/attendance")
                .then().statusCode(400).body("violations.field", contains("attendance"));
    }

    @Test
    void aReportBackCorrectionReplacesTheReportRatherThanAddingToIt() {
        UUID host = UUID.randomUUID();
        String event = propose(volunteer(host), plan());
        EventFixtures.approve(hq(), event).statusCode(200);
        String report = "/api/events/" + event + "/report-back";
        Map<String, Object> first = Map.of("lettersWritten", 40, "postcardsWritten", 100, "attendees", 12);

        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON).body(first)
                .when().put(report).then().statusCode(409);
        moveIntoPast(event);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON).body(first)
                .when().put(report).then().statusCode(200).body("reportBack.revision", equalTo(1));
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("lettersWritten", 38, "postcardsWritten", 90, "attendees", 11))
                .when().put(report).then().statusCode(200);
        given().when().get("/api/events/" + event)
                .then().body("reportBack.lettersWritten", equalTo(38))
                .body("reportBack.postcardsWritten", equalTo(90))
                .body("reportBack.attendees", equalTo(11))
                .body("reportBack.revision", equalTo(2));
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("lettersWritten", -1, "postcardsWritten", 100001))
                .when().put(report).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("lettersWritten",
                        "postcardsWritten", "attendees"));
    }

    static String statusOf(List<Map<String, Object>> rsvps, String id) {
        return (String) rsvps.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow().get("status");
    }
}
