package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.volunteer.support.Mails;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Community events, tokens and RSVPs for tests; every call makes data of its own (other tests share the database). */
public final class EventFixtures {

    private EventFixtures() {
    }

    /** A headquarters coordinator: a coordinator token with the headquarters role. */
    public static String hq() {
        return TestTokens.bearer("coordinator", "headquarters");
    }

    public static String volunteer(UUID id) {
        return TestTokens.bearerFor(id, null, "volunteer");
    }

    public static String coordinatorOf(UUID chapter) {
        return org.lettersofhope.volunteer.support.Fixtures.coordinatorOf(chapter);
    }

    /** Issues a partner API key for the chapter through the admin endpoint, as a partner would get one. */
    public static String partnerKeyOf(UUID chapter) {
        return org.lettersofhope.volunteer.support.Fixtures.partnerKey(chapter);
    }

    /** An in-person event in ten days, two hours long, with a street address and a title of its own. */
    public static Map<String, Object> plan() {
        Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> location = new HashMap<>();
        location.put("venueName", "Casa del Pueblo");
        location.put("streetAddress", "1250 Main St");
        location.put("city", "San Diego");
        location.put("region", "US-CA");
        Map<String, Object> plan = new HashMap<>();
        plan.put("kind", "LETTER_WRITING");
        plan.put("title", "Letters night " + UUID.randomUUID().toString().substring(0, 8));
        plan.put("description", "Bring a pen.");
        plan.put("format", "IN_PERSON");
        plan.put("startsAt", start.toString());
        plan.put("endsAt", start.plus(Duration.ofHours(2)).toString());
        plan.put("timeZone", "America/Los_Angeles");
        plan.put("location", location);
        plan.put("capacity", 20);
        plan.put("organiserIntroRequested", true);
        return plan;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> location(Map<String, Object> plan) {
        return (Map<String, Object>) plan.get("location");
    }

    public static ValidatableResponse post(String token, Map<String, Object> plan) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(plan)
                .when().post("/api/events").then();
    }

    /** Proposes the plan as the token's person and answers the new event's id. */
    public static String propose(String token, Map<String, Object> plan) {
        return post(token, plan).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse approve(String token, String eventId) {
        return given().header("Authorization", token).when().post("/api/events/" + eventId + "/approval").then();
    }

    /**
     * Proposed by a new volunteer (a member of the plan's chapter, if it names one) and approved by headquarters;
     * answers the event's id.
     */
    public static String approvedEvent(Map<String, Object> plan) {
        Object chapter = plan.get("chapterId");
        UUID host = chapter == null ? UUID.randomUUID() : memberOf(UUID.fromString(chapter.toString()));
        String id = propose(volunteer(host), plan);
        approve(hq(), id).statusCode(200);
        return id;
    }

    /** A volunteer who signed up and was put in the chapter: one who may host the chapter's events. */
    public static UUID memberOf(UUID chapter) {
        UUID volunteer = org.lettersofhope.volunteer.support.Fixtures.register();
        org.lettersofhope.volunteer.support.Fixtures.join(volunteer, chapter);
        return volunteer;
    }

    /** A campaign letter-service published, as its id in a plan. */
    public static String publishedCampaign() {
        return org.lettersofhope.volunteer.support.LetterEvents.publishedCampaign().toString();
    }

    /** A guest's request, as sent: answered 202 until the guest confirms through the mailed link. */
    public static ValidatableResponse rsvpAsGuest(String eventId, String name, String email) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "email", email))
                .when().post("/api/events/" + eventId + "/rsvps").then();
    }

    /** A guest's request and the token of the confirmation link it mailed. */
    public static String requestAsGuest(String eventId, String name, String email) {
        String mailbox = Emails.normalize(email);
        int before = Mails.count(mailbox, Mails.RSVP);
        rsvpAsGuest(eventId, name, email).statusCode(202);
        return Mails.next(mailbox, Mails.RSVP, before).token();
    }

    public static ValidatableResponse confirmRsvp(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/api/events/rsvp-confirmations").then();
    }

    /** A guest who requested a place and confirmed it by mail: the confirmation's answer (id, status, cancelToken). */
    public static JsonPath confirmedGuest(String eventId, String name, String email) {
        return confirmRsvp(requestAsGuest(eventId, name, email)).statusCode(200).extract().jsonPath();
    }

    public static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID() + "@example.org";
    }

    /** Moves an event into the past, as if it had taken place: attendance and report-back need that. */
    public static void moveIntoPast(String eventId) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update community_event set starts_at = now() - interval '3 hours', "
                        + "ends_at = now() - interval '1 hour', local_start_date = current_date where id = ?1")
                .setParameter(1, UUID.fromString(eventId)).executeUpdate());
    }
}
