package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.volunteer.events.EventFixtures.approvedEvent;
import static org.lettersofhope.volunteer.events.EventFixtures.location;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The iCalendar feeds, read as a calendar app would read them (RFC 5545). */
@QuarkusTest
class CalendarFeedTest {

    UUID chapter;

    @org.junit.jupiter.api.BeforeEach
    void activeChapter() {
        chapter = org.lettersofhope.volunteer.support.Fixtures.activeChapter();
    }

    Map<String, Object> chapterPlan() {
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());
        return plan;
    }

    String chapterFeed() {
        return given().when().get("/api/chapters/" + chapter + "/events/calendar.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
    }

    /** Undoes line folding: a CRLF followed by one space joins the next physical line to the previous one. */
    static List<String> unfold(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    static List<String> eventLines(String ics, String eventId) {
        List<String> lines = unfold(ics);
        int start = lines.indexOf("UID:" + eventId + "@lettersofhope.org");
        assertTrue(start > 0, "the feed holds event " + eventId);
        return lines.subList(start - 1, lines.subList(start, lines.size()).indexOf("END:VEVENT") + start + 1);
    }

    @Test
    void feedIsAWellFormedCalendarWithCrlfLinesOfAtMost75Octets() {
        Map<String, Object> plan = chapterPlan();
        plan.put("title", "Écrire à nos amis détenus — soirée de cartes postales et de lettres "
                + "pour les fêtes de fin d'année ✉️✉️✉️");
        String id = approvedEvent(plan);
        String ics = chapterFeed();

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare line feeds");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare carriage returns");
        for (String physical : ics.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "line too long: " + physical);
        }
        List<String> event = eventLines(ics, id);
        assertEquals("BEGIN:VEVENT", event.get(0));
        assertTrue(event.contains("SUMMARY:" + plan.get("title")), String.join("\n", event));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        assertTrue(event.contains("DTSTART:" + utc.format(Instant.parse((String) plan.get("startsAt")))));
        assertTrue(event.contains("DTEND:" + utc.format(Instant.parse((String) plan.get("endsAt")))));
        assertTrue(event.stream().anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z")));
    }

    @Test
    void textIsEscapedSoThatCommasSemicolonsAndNewlinesSurvive() {
        Map<String, Object> plan = chapterPlan();
        plan.put("title", "Cards, stamps; pens \\ paper");
        plan.put("description", "First line\nSecond, with a comma\r\nThird; last");
        location(plan).put("city", "Chula Vista");
        String id = approvedEvent(plan);

        List<String> event = eventLines(chapterFeed(), id);
        assertTrue(event.contains("SUMMARY:Cards\\, stamps\\; pens \\\\ paper"), String.join("\n", event));
        assertTrue(event.contains("DESCRIPTION:First line\\nSecond\\, with a comma\\nThird\\; last"),
                String.join("\n", event));
        assertTrue(event.contains("LOCATION:Chula Vista\\, US-CA"), String.join("\n", event));
        assertTrue(event.contains("CATEGORIES:LETTER_WRITING"));
    }

    @Test
    void theFeedNeverShowsTheVenueStreetAddressOrMeetingLink() {
        Map<String, Object> plan = chapterPlan();
        plan.put("format", "HYBRID");
        location(plan).put("venueName", "Secret Venue Hall");
        location(plan).put("streetAddress", "77 Hidden Lane");
        location(plan).put("meetingUrl", "https://meet.example.org/secret-room");
        String id = approvedEvent(plan);

        for (String ics : List.of(chapterFeed(), given().when().get("/api/events/calendar.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString())) {
            String flat = String.join("\n", unfold(ics));
            assertTrue(flat.contains("UID:" + id + "@lettersofhope.org"));
            assertFalse(flat.contains("Hidden Lane"), "street address in the feed");
            assertFalse(flat.contains("Secret Venue"), "venue in the feed");
            assertFalse(flat.contains("secret-room"), "meeting link in the feed");
        }
        assertTrue(eventLines(chapterFeed(), id).contains("LOCATION:San Diego\\, US-CA and online"));
    }

    @Test
    void onlyApprovedUpcomingEventsOfTheChapterAreListed() {
        String approved = approvedEvent(chapterPlan());
        String proposed = propose(volunteer(EventFixtures.memberOf(chapter)), chapterPlan());
        String over = approvedEvent(chapterPlan());
        EventFixtures.moveIntoPast(over);
        Map<String, Object> later = chapterPlan();
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        later.put("startsAt", start.toString());
        later.put("endsAt", start.plus(Duration.ofHours(1)).toString());
        String second = approvedEvent(later);

        String ics = chapterFeed();
        assertTrue(ics.contains(approved) && ics.contains(second));
        assertFalse(ics.contains(proposed), "a proposed event is not public");
        assertFalse(ics.contains(over), "an event that has ended is not upcoming");
        assertEquals(2, unfold(ics).stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(ics.indexOf(approved) < ics.indexOf(second), "soonest first");
        String empty = given().when().get("/api/chapters/" + UUID.randomUUID() + "/events/calendar.ics")
                .then().statusCode(200).extract().asString();
        assertFalse(empty.contains("BEGIN:VEVENT"));
    }
}
