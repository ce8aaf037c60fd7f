package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.volunteer.events.EventFixtures.approvedEvent;
import static org.lettersofhope.volunteer.events.EventFixtures.confirmRsvp;
import static org.lettersofhope.volunteer.events.EventFixtures.confirmedGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.requestAsGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.rsvpAsGuest;
import static org.lettersofhope.volunteer.events.EventFixtures.uniqueEmail;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.Mailbox;
import org.lettersofhope.volunteer.service.Confirmations;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A guest proves their address before they hold a place: the request holds none, the answer tells nothing, the
 * street address and meeting link reach the confirmed address by mail only, and unconfirmed requests lapse.
 */
@QuarkusTest
class GuestRsvpTest {

    @Inject
    EntityManager em;

    @Inject
    Confirmations confirmations;

    static String eventWithCapacity(int capacity) {
        Map<String, Object> plan = plan();
        plan.put("capacity", capacity);
        return approvedEvent(plan);
    }

    static JsonPath publicView(String event) {
        return given().when().get("/api/events/" + event).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theStreetAddressReachesTheConfirmedAddressByMailAndNeverAnAnswer() {
        String event = eventWithCapacity(5);
        String email = uniqueEmail("sam");
        String answer = rsvpAsGuest(event, "Sam Ortiz", email).statusCode(202)
                .body("eventId", equalTo(event))
                .body("status", equalTo("CHECK_YOUR_EMAIL"))
                .extract().asString();
        assertFalse(answer.contains("1250 Main St") || answer.contains("Casa del Pueblo"), answer);
        assertEquals(5, publicView(event).getInt("spotsLeft"), "a request holds no place");

        Mailbox.Mail link = Mails.first(email, Mails.RSVP);
        assertFalse(link.text().contains("1250 Main St"), "the address waits until the place is confirmed");
        String confirmed = confirmRsvp(link.token()).statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("cancelToken", notNullValue())
                .body("event.spotsLeft", equalTo(4))
                .body("event.location.detailsShown", equalTo(false))
                .body("event.location.city", equalTo("San Diego"))
                .extract().asString();
        assertFalse(confirmed.contains("1250 Main St") || confirmed.contains("Casa del Pueblo"), confirmed);

        Mailbox.Mail details = Mails.first(email, Mails.WHEREABOUTS);
        assertTrue(details.text().contains("Address: 1250 Main St, San Diego, US-CA"), details.text());
        assertTrue(details.text().contains("Venue: Casa del Pueblo"), details.text());
        assertEquals(0, Mails.count(uniqueEmail("nobody"), Mails.WHEREABOUTS));
    }

    @Test
    void aRequestIsAnsweredAlikeWhateverTheAddressAlreadyHolds() {
        String event = eventWithCapacity(5);
        String email = uniqueEmail("ana");
        JsonPath first = confirmedGuest(event, "Ana", email);

        String again = rsvpAsGuest(event, "Ana", email.toUpperCase()).statusCode(202).extract().asString();
        String stranger = rsvpAsGuest(event, "Bo", uniqueEmail("bo")).statusCode(202).extract().asString();
        assertEquals(stranger, again, "a known address is answered exactly like a new one");

        // Only the address's owner can act on it: the new link answers the same RSVP with a new cancel token.
        JsonPath renewed = confirmRsvp(Mails.next(email, Mails.RSVP, 1).token()).statusCode(200)
                .body("id", equalTo(first.getString("id"))).body("status", equalTo("CONFIRMED"))
                .extract().jsonPath();
        assertNotEquals(first.getString("cancelToken"), renewed.getString("cancelToken"));
        String cancel = "/api/events/" + event + "/rsvps/" + first.getString("id") + "/guest-cancellation";
        given().contentType(ContentType.JSON).body(Map.of("cancelToken", first.getString("cancelToken")))
                .when().post(cancel).then().statusCode(404);
        assertEquals(1, attendees(event).size());
        assertEquals(4, publicView(event).getInt("spotsLeft"));
    }

    @Test
    void a130UnconfirmedRequestsFromOneClientDoNotFillA30SeatEvent() {
        String event = eventWithCapacity(30);
        for (int i = 0; i < 130; i++) {
            rsvpAsGuest(event, "Filler", uniqueEmail("filler" + i)).statusCode(202);
        }
        JsonPath view = publicView(event);
        assertEquals(30, view.getInt("spotsLeft"));
        assertEquals(0, view.getInt("confirmedCount"));
        assertEquals(0, view.getInt("waitlistCount"));
        assertEquals(List.of(), attendees(event), "unconfirmed requests are nobody's RSVP yet");

        confirmedGuest(event, "Real", uniqueEmail("real"));
        assertEquals(29, publicView(event).getInt("spotsLeft"), "a confirmation takes a place");
    }

    @Test
    void placesGoInOrderOfConfirmationAndAPromotedGuestIsMailedTheAddress() {
        String event = eventWithCapacity(1);
        String early = uniqueEmail("early");
        String late = uniqueEmail("late");
        String earlyToken = requestAsGuest(event, "Early", early);
        JsonPath lateGuest = confirmRsvp(requestAsGuest(event, "Late", late)).statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().jsonPath();
        confirmRsvp(earlyToken).statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        assertEquals(0, Mails.count(early, Mails.WHEREABOUTS), "no address while waiting");

        given().contentType(ContentType.JSON).body(Map.of("cancelToken", lateGuest.getString("cancelToken")))
                .when().post("/api/events/" + event + "/rsvps/" + lateGuest.getString("id") + "/guest-cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertTrue(Mails.first(early, Mails.WHEREABOUTS).text().contains("1250 Main St"));
        assertEquals("CONFIRMED", attendees(event).stream().filter(r -> "Early".equals(r.get("name")))
                .findFirst().orElseThrow().get("status"));
    }

    @Test
    void aLinkWorksOnceAndLapsesWithItsUnconfirmedRequest() {
        String event = eventWithCapacity(5);
        String token = requestAsGuest(event, "Once", uniqueEmail("once"));
        confirmRsvp(token).statusCode(200);
        String used = confirmRsvp(token).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("token")).extract().path("violations[0].message");
        String unknown = confirmRsvp("A".repeat(43)).statusCode(400).extract().path("violations[0].message");
        assertEquals(unknown, used, "a used link and an unknown one are the same problem");
        confirmRsvp("not a token").statusCode(400).body("violations[0].field", equalTo("token"));

        String lapsing = uniqueEmail("lapsing");
        String lapsedToken = requestAsGuest(event, "Lapsing", lapsing);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update email_confirmation set expires_at = now() - interval '1 minute' "
                    + "where email = ?1").setParameter(1, lapsing).executeUpdate();
            em.createNativeQuery("update event_rsvp set pending_until = now() - interval '1 minute' "
                    + "where email = ?1").setParameter(1, lapsing).executeUpdate();
        });
        assertEquals(unknown, confirmRsvp(lapsedToken).statusCode(400).extract().path("violations[0].message"));
        confirmations.purge();
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select (select count(*) from event_rsvp where email = ?1) "
                        + "+ (select count(*) from email_confirmation where email = ?1)")
                .setParameter(1, lapsing).getSingleResult()).longValue());
        assertEquals(0, left, "a lapsed request and its link are purged");
        assertEquals(4, publicView(event).getInt("spotsLeft"));
    }

    @Test
    void oneRequestMailsAtMostAFewOpenLinks() {
        String event = eventWithCapacity(5);
        String email = uniqueEmail("flood");
        for (int i = 0; i < 6; i++) {
            rsvpAsGuest(event, "Flood", email).statusCode(202);
        }
        Mails.next(email, Mails.RSVP, 2);
        // A later mail to someone else has arrived, so a fourth to this address would have too.
        confirmedGuest(event, "Other", uniqueEmail("other"));
        assertEquals(3, Mails.count(email, Mails.RSVP));
        assertEquals(1, attendees(event).size());
    }

    static List<Map<String, Object>> attendees(String eventId) {
        return given().header("Authorization", hq()).when().get("/api/events/" + eventId + "/rsvps")
                .then().statusCode(200).extract().jsonPath().getList("");
    }
}
