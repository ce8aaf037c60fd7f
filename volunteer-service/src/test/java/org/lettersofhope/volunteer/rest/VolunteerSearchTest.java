package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.volunteer.support.Fixtures.HQ;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/** A coordinator finding the right people for a task. Each test tags its volunteers with a skill of its own. */
@QuarkusTest
class VolunteerSearchTest {

    static String tag() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void findsSpanishSpeakingWeeklyWritersInARegionByCombinedFilters() {
        String tag = tag();
        UUID match = Fixtures.register(Fixtures.uniqueEmail("match"), "\"skills\":[\"" + tag + "\"]");
        // later members of the JSON replace the defaults of the fixture's form
        Fixtures.register(Fixtures.uniqueEmail("other-lang"), "\"skills\":[\"" + tag + "\"],\"languages\":[\"fr\"]");
        Fixtures.register(Fixtures.uniqueEmail("other-role"), "\"skills\":[\"" + tag + "\"],\"roles\":[\"QUICK_NOTES\"]");
        Fixtures.register(Fixtures.uniqueEmail("other-region"), "\"skills\":[\"" + tag + "\"],\"region\":\"US-TX\"");
        given().header("Authorization", HQ)
                .queryParam("skill", tag).queryParam("language", "es").queryParam("role", "weekly_letter_writer")
                .queryParam("region", "us-ca").queryParam("status", "APPLIED").queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.id", contains(match.toString()))
                .body("totalItems", equalTo(1));
        given().header("Authorization", HQ).queryParam("skill", tag).queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("totalItems", equalTo(4));
        given().header("Authorization", HQ).queryParam("skill", tag)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("totalItems", nullValue()).body("hasNext", equalTo(false));
        given().header("Authorization", HQ)
                .queryParam("skill", tag).queryParam("language", "de").queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void filtersByAvailabilityAndHours() {
        String tag = tag();
        UUID evenings = Fixtures.register(Fixtures.uniqueEmail("eve"),
                "\"skills\":[\"" + tag + "\"],\"availability\":[\"WEEKDAY_EVENINGS\"],\"hoursPerWeek\":6");
        Fixtures.register(Fixtures.uniqueEmail("morn"),
                "\"skills\":[\"" + tag + "\"],\"availability\":[\"WEEKEND_MORNINGS\"],\"hoursPerWeek\":1");
        given().header("Authorization", HQ)
                .queryParam("skill", tag).queryParam("availability", "WEEKDAY_EVENINGS").queryParam("minHoursPerWeek", 5)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(evenings.toString()));
    }

    @Test
    void freeTextMatchesTheStartOfNamesEmailAndSkills() {
        String tag = tag();
        UUID v = Fixtures.register("zbigniew." + tag + "@example.org", "\"skills\":[\"" + tag + "\"]");
        given().header("Authorization", HQ).queryParam("q", "zbig " + tag.substring(0, 6))
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(v.toString()));
        // tsquery syntax in the text is taken as plain words, not as operators
        given().header("Authorization", HQ).queryParam("q", "'&|!:*()\\" + tag)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(v.toString()));
    }

    @Test
    void pagesSortsAndSyncsIncrementally() {
        String tag = tag();
        Instant before = Instant.now();
        UUID first = Fixtures.register(Fixtures.uniqueEmail("a"), "\"skills\":[\"" + tag + "\"]");
        UUID second = Fixtures.register(Fixtures.uniqueEmail("b"), "\"skills\":[\"" + tag + "\"]");
        UUID third = Fixtures.register(Fixtures.uniqueEmail("c"), "\"skills\":[\"" + tag + "\"]");
        given().header("Authorization", HQ).queryParam("skill", tag).queryParam("sort", "createdAt")
                .queryParam("size", 2).queryParam("page", 0).queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.id", contains(first.toString(), second.toString()))
                .body("hasNext", equalTo(true)).body("totalItems", equalTo(3));
        given().header("Authorization", HQ).queryParam("skill", tag).queryParam("sort", "createdAt")
                .queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(third.toString())).body("hasNext", equalTo(false));
        given().header("Authorization", HQ).queryParam("skill", tag).queryParam("sort", "-createdAt")
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items[0].id", equalTo(third.toString()));
        given().header("Authorization", HQ).queryParam("skill", tag)
                .queryParam("updatedSince", before.toString()).queryParam("sort", "updatedAt")
                .when().get("/api/volunteers")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(first.toString(), second.toString(), third.toString()));
        given().header("Authorization", HQ).queryParam("skill", tag)
                .queryParam("updatedSince", Instant.now().plusSeconds(60).toString())
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aChapterCoordinatorAndItsKeySeeOnlyTheirChapter() {
        String tag = tag();
        UUID chapter = Fixtures.activeChapter();
        UUID inside = Fixtures.register(Fixtures.uniqueEmail("in"), "\"skills\":[\"" + tag + "\"]");
        Fixtures.register(Fixtures.uniqueEmail("out"), "\"skills\":[\"" + tag + "\"]");
        Fixtures.join(inside, chapter);
        given().header("Authorization", Fixtures.coordinatorOf(chapter)).queryParam("skill", tag)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(inside.toString()));
        given().header("X-API-Key", Fixtures.partnerKey(chapter)).queryParam("skill", tag)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("items.id", contains(inside.toString()));
        given().header("Authorization", HQ).queryParam("skill", tag).queryParam("includeTotal", true)
                .when().get("/api/volunteers")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void rejectsBadFiltersAsProblemsNamingTheParameter() {
        for (String[] bad : new String[][] { { "role", "ASTRONAUT" }, { "status", "x" }, { "chapterId", "nope" },
                { "updatedSince", "yesterday" }, { "region", "California" }, { "sort", "email" },
                { "size", "101" }, { "page", "-1" }, { "availability", "NIGHTS" }, { "minHoursPerWeek", "900" } }) {
            given().header("Authorization", HQ).queryParam(bad[0], bad[1])
                    .when().get("/api/volunteers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(org.hamcrest.Matchers.containsString(bad[0])));
        }
    }
}
