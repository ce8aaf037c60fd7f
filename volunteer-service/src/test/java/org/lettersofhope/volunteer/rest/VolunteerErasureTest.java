package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.volunteer.events.EventFixtures.approve;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.location;
import static org.lettersofhope.volunteer.events.EventFixtures.moveIntoPast;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.volunteer.events.EventFixtures;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A volunteer's erasure reaches every record of volunteer-service that holds them: RSVPs (by token and by their
 * email as a guest), the events they host and the chapters they coordinate or are the contact of. Counts stay.
 */
@QuarkusTest
class VolunteerErasureTest {

    @Inject
    EntityManager em;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void erasureLeavesNoPersonInRsvpsAndGivesUpTheirPlaces() {
        String email = Fixtures.uniqueEmail("erased");
        UUID person = Fixtures.register(email, null);
        UUID waiting = Fixtures.register();

        Map<String, Object> onePlace = plan();
        onePlace.put("capacity", 1);
        String full = EventFixtures.approvedEvent(onePlace);
        String held = rsvp(full, person);
        String next = rsvp(full, waiting);
        assertEquals("WAITLISTED", column("event_rsvp", "status", next));

        String asGuest = EventFixtures.approvedEvent(plan());
        String guestRsvp = EventFixtures.confirmedGuest(asGuest, "Maria Lopez", email.toUpperCase()).getString("id");

        UUID pastHost = Fixtures.register();
        String past = propose(volunteer(pastHost), plan());
        approve(hq(), past).statusCode(200);
        String attended = rsvp(past, person);
        moveIntoPast(past);
        given().header("Authorization", volunteer(pastHost)).contentType(ContentType.JSON)
                .body(Map.of("attendance", "ATTENDED")).when().put("/api/events/" + past + "/rsvps/" + attended
                        + "/attendance").then().statusCode(200);
        long attendedBefore = count("select count(*) from event_rsvp where event_id = ?1 and status = 'CONFIRMED' "
                + "and attendance = 'ATTENDED'", past);

        erase(person);

        for (String rsvp : List.of(held, guestRsvp, attended)) {
            Object[] row = row("select volunteer_id, name, email, cancel_token_sha256, erased_at from event_rsvp "
                    + "where id = ?1", rsvp);
            assertNull(row[0], "volunteer id of " + rsvp);
            assertNull(row[1], "name of " + rsvp);
            assertNull(row[2], "email of " + rsvp);
            assertNull(row[3], "cancel token of " + rsvp);
            assertNotNull(row[4], "erasure time of " + rsvp);
        }
        assertEquals(0, count("select count(*) from event_rsvp where volunteer_id = ?1 or email = ?2", person,
                email));
        assertEquals(List.of(), columnsHolding(person, email));
        // places at events to come are given up, and the longest waiting takes the freed one
        assertEquals("CANCELLED", column("event_rsvp", "status", held));
        assertEquals("CANCELLED", column("event_rsvp", "status", guestRsvp));
        assertEquals("CONFIRMED", column("event_rsvp", "status", next));
        // a past event's counts stay as they were
        assertEquals("CONFIRMED", column("event_rsvp", "status", attended));
        assertEquals(attendedBefore, count("select count(*) from event_rsvp where event_id = ?1 "
                + "and status = 'CONFIRMED' and attendance = 'ATTENDED'", past));
        List<String> names = given().header("Authorization", hq()).when().get("/api/events/" + past + "/rsvps")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertTrue(names.stream().filter(Objects::nonNull).noneMatch(n -> n.startsWith("Maria")), names.toString());
    }

    @Test
    void hostedEventsLoseTheirHostAndAFutureOneIsCancelled() {
        UUID chapter = Fixtures.activeChapter();
        UUID host = EventFixtures.memberOf(chapter);
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());
        plan.put("title", "At Maria's home " + marker);
        plan.put("description", "Ring twice, ask for Maria " + marker);
        plan.put("format", "HYBRID");
        location(plan).put("venueName", "Maria's living room " + marker);
        location(plan).put("streetAddress", marker + " Hidden Lane");
        location(plan).put("meetingUrl", "https://meet.example.org/" + marker);
        String future = propose(volunteer(host), plan);
        approve(hq(), future).statusCode(200);
        UUID guest = Fixtures.register();
        String guestRsvp = rsvp(future, guest);

        String held = propose(volunteer(host), plan);
        approve(hq(), held).statusCode(200);
        moveIntoPast(held);
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON)
                .body(Map.of("lettersWritten", 30, "postcardsWritten", 45, "attendees", 9))
                .when().put("/api/events/" + held + "/report-back").then().statusCode(200);

        erase(host);

        for (String event : List.of(future, held)) {
            Object[] row = row("select host_id, venue_name, street_address, meeting_url, description, title "
                    + "from community_event where id = ?1", event);
            assertEquals(Arrays.asList(null, null, null, null, null), Arrays.asList(row).subList(0, 5), event);
            assertFalse(row[5].toString().contains(marker), "title " + row[5]);
        }
        assertEquals(0, count("select count(*) from community_event where host_id = ?1", host));
        assertEquals(List.of(), columnsHolding(host, marker));
        assertEquals("CANCELLED", column("community_event", "status", future));
        given().when().get("/api/events/" + future).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("title", not(equalTo(plan.get("title"))));
        // the attendee of the cancelled event keeps their RSVP; the past event keeps status and report-back
        assertEquals(guest.toString(), column("event_rsvp", "volunteer_id", guestRsvp));
        assertEquals("APPROVED", column("community_event", "status", held));
        Object[] report = row("select letters_written, postcards_written, attendees_reported, region, chapter_id "
                + "from community_event where id = ?1", held);
        assertEquals(List.of(30, 45, 9, "US-CA", chapter), Arrays.asList(report));

        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> cancelled =
                r -> future.equals(r.key())
                        && EventTypes.EVENT_CANCELLED.name().equals(EventCodec.decode(r.value()).type());
        boolean announced = KafkaTestClient.readUntil(Topics.COMMUNITY_EVENTS,
                records -> records.stream().anyMatch(cancelled), Duration.ofSeconds(20)).stream().anyMatch(cancelled);
        assertTrue(announced, "EventCancelled for the host's future event");
    }

    @Test
    void anErasedCoordinatorNoLongerCoordinatesNorIsTheChaptersContact() {
        String email = Fixtures.uniqueEmail("rosa");
        UUID person = Fixtures.register(email, null);
        String proposal = """
                {"name":"Chapter %s","region":"US-CA","facilityName":"Otay Mesa Detention Center",
                 "contactName":"Rosa Mendez","contactEmail":"%s"}""".formatted(marker, email);
        UUID chapter = UUID.fromString(given().header("Authorization", Fixtures.tokenOf(person))
                .contentType(ContentType.JSON).body(proposal).when().post("/api/chapters")
                .then().statusCode(201).extract().path("id"));
        given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/chapters/" + chapter + "/status").then().statusCode(200);
        Fixtures.join(person, chapter);
        given().header("Authorization", Fixtures.ADMIN)
                .when().put("/api/chapters/" + chapter + "/coordinators/" + person).then().statusCode(204);

        erase(person);

        assertEquals(0, count("select count(*) from chapter_coordinator where volunteer_id = ?1", person));
        assertEquals(List.of(), columnsHolding(person, email));
        Object[] row = row("select contact_name, contact_email, proposed_by, status from chapter where id = ?1",
                chapter);
        assertEquals(Arrays.asList(null, null, "erased", "ACTIVE"), Arrays.asList(row));
    }

    /**
     * Every column of every table that holds the id (as a uuid or inside text) or the text, except the volunteer's
     * own anonymous row (its id), the volunteer standing projection (the id marked erased, which is what refuses their
     * tokens) and the outbox, whose relayed events carry ids and are deleted after their retention.
     */
    @SuppressWarnings("unchecked")
    private List<String> columnsHolding(UUID id, String text) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name, data_type from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('uuid', 'character varying', 'text', 'jsonb', 'character', 'ARRAY')
                      and table_name not in ('outbox_event', 'flyway_schema_history')
                    order by table_name, column_name""").getResultList();
            List<String> holding = new java.util.ArrayList<>();
            for (Object[] c : columns) {
                String table = (String) c[0];
                String column = (String) c[1];
                if ((table.equals("volunteer") || table.equals("volunteer_standing"))
                        && column.equals(table.equals("volunteer") ? "id" : "volunteer_id")) {
                    continue;
                }
                boolean uuid = c[2].equals("uuid");
                var q = em.createNativeQuery("select count(*) from " + table + " where " + (uuid ? column + " = ?1"
                        : "(" + column + "::text ilike '%' || ?1 || '%' or " + column + "::text ilike '%' || ?2 "
                                + "|| '%')"));
                if (uuid) {
                    q.setParameter(1, id);
                } else {
                    q.setParameter(1, id.toString()).setParameter(2, text);
                }
                if (((Number) q.getSingleResult()).longValue() > 0) {
                    holding.add(table + "." + column);
                }
            }
            return holding;
        });
    }

    private String rsvp(String event, UUID volunteer) {
        return given().header("Authorization", Fixtures.tokenOf(volunteer)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/events/" + event + "/rsvps").then().statusCode(201).extract().path("id");
    }

    private static void erase(UUID volunteer) {
        given().header("Authorization", Fixtures.tokenOf(volunteer)).when().delete("/api/volunteers/" + volunteer)
                .then().statusCode(204);
    }

    private Object[] row(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object found = em.createNativeQuery(sql).setParameter(1, uuid(id)).getSingleResult();
            return found instanceof Object[] cells ? cells : new Object[] { found };
        });
    }

    private String column(String table, String column, String id) {
        Object value = row("select " + column + " from " + table + " where id = ?1", id)[0];
        return value == null ? null : value.toString();
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, uuid(params[i]));
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private static Object uuid(Object value) {
        if (value instanceof String s && s.length() == 36 && s.charAt(8) == '-') {
            return UUID.fromString(s);
        }
        return value;
    }
}
