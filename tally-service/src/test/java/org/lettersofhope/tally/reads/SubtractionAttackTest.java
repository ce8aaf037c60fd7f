package org.lettersofhope.tally.reads;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.HQ;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.report;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.community.CommunityEventKind;
import org.lettersofhope.shared.event.community.EventReportedBack;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.tally.domain.Dimension;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.service.Disclosure;
import org.lettersofhope.tally.service.DisclosureTest;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The subtraction attack on every public figure at once. A campaign gets small chapter and region cells, in metrics
 * tied to each other (event letters and postcards are part of a chapter's actions); then every figure the public can
 * read — totals, the live stream, every breakdown, leaderboard, series and the CSV — is read as the public, and
 * handed to an attacker who knows the exact relations between them and tries every whole-number completion of what
 * is hidden: no small cell may come out as anything narrower than "1 to 4". The figures must also agree with each
 * other, so that none gives away what another hides.
 */
@QuarkusTest
class SubtractionAttackTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** What the public can read of one campaign. */
    record Published(Map<Metric, Long> totals, Map<Metric, Map<Dimension, JsonPath>> breakdowns,
            Map<Metric, JsonPath> leaderboards, Map<Metric, JsonPath> series, String csv, JsonNode streamed) {
    }

    @Test
    void noSmallCellCanBeWorkedOutFromAllThePublicFiguresTogether() throws Exception {
        TestCampaign c = TallyFixtures.campaign(500, LocalDate.now().minusDays(5), LocalDate.now().plusDays(5));
        UUID a = TallyFixtures.activeChapter();
        UUID b = TallyFixtures.activeChapter();
        UUID small = TallyFixtures.activeChapter();
        UUID tiny = TallyFixtures.activeChapter();
        UUID eventsOnly = UUID.randomUUID();
        String r1 = TallyFixtures.freshRegion();
        String r2 = TallyFixtures.freshRegion();
        String r3 = TallyFixtures.freshRegion();
        String r4 = TallyFixtures.freshRegion();
        report(c, back("LETTER", 25, a, r1));
        report(c, back("POSTCARD", 8, b, r2));
        report(c, back("CALL", 3, small, r3));
        report(c, back("EMAIL", 1, tiny, r1));
        event(c, b, r2, 3, 6, 12);
        event(c, eventsOnly, r4, 2, 7, 3); // its actions are exactly its event's letters and postcards
        awaitTotal(c, "ACTIONS", 55);
        awaitTotal(c, "EVENTS_HELD", 2);

        Published pub = readAsThePublic(c);
        Map<Metric, Long> exact = exactTotals(c);

        // Two events, one per chapter: the total would be each chapter's 1. It is withheld, everywhere.
        assertNull(pub.totals().get(Metric.EVENTS_HELD));
        assertEquals(true, pub.breakdowns().get(Metric.EVENTS_HELD).get(Dimension.TARGET).getBoolean("withheld"));
        assertEquals(List.of(), pub.series().get(Metric.EVENTS_HELD).getList("points"));
        assertEquals(55L, pub.totals().get(Metric.ACTIONS), "the goal metric stays published exactly");

        for (Metric m : Metric.values()) {
            Long shown = pub.totals().get(m);
            JsonPath byChapter = pub.breakdowns().get(m).get(Dimension.CHAPTER);
            if (shown == null) {
                for (Dimension d : Dimension.values()) {
                    assertEquals(List.of(), pub.breakdowns().get(m).get(d).getList("cells"), m + " by " + d);
                }
                assertEquals(List.of(), pub.leaderboards().get(m).getList("entries"));
                assertTrue(pub.leaderboards().get(m).getBoolean("withheld"));
                assertTrue(pub.series().get(m).getBoolean("withheld"));
                continue;
            }
            assertEquals(exact.get(m), shown, "published totals are exact: " + m);
            long days = pub.series().get(m).getList("points.count", Long.class).stream().mapToLong(Long::longValue)
                    .sum();
            assertEquals((long) shown, days, "the series of " + m + " adds up to its total");
            assertEquals(hidden(byChapter), pub.leaderboards().get(m).getList("entries.findAll { it.count == null "
                    + "}.chapterId").stream().collect(java.util.stream.Collectors.toSet()),
                    "the leaderboard hides what the breakdown hides: " + m);
            for (Dimension d : Disclosure.SENSITIVE) {
                JsonPath cells = pub.breakdowns().get(m).get(d);
                Map<String, Long> truth = exactCells(c, m, d);
                long sum = truth.values().stream().mapToLong(Long::longValue).sum();
                if (sum == (long) shown) {
                    // Everything counted names a chapter (region): total minus what is shown is what is hidden.
                    assertNotEquals(1, hidden(cells).size(), m + " by " + d + ": one hidden cell is no secret: "
                            + cells.prettify());
                }
                for (Map<String, Object> cell : cells.<Map<String, Object>>getList("cells")) {
                    long n = truth.get((String) cell.get("key"));
                    if (n < 5) {
                        assertNull(cell.get("count"), "a small cell is never shown: " + cell);
                        assertEquals(5, cell.get("fewerThan"));
                    }
                }
            }
        }
        assertEquals(pub.totals().get(Metric.ACTIONS), (Long) pub.streamed().path("totals").path("ACTIONS").asLong());
        assertTrue(pub.streamed().path("totals").path("EVENTS_HELD").isNull(), "the stream withholds it too");
        assertCsvAgrees(pub);

        // The attacker, with every relation between the figures and every completion of what is hidden.
        for (Dimension d : Disclosure.SENSITIVE) {
            Map<Metric, Map<String, Long>> truth = new EnumMap<>(Metric.class);
            for (Metric m : Metric.values()) {
                truth.put(m, exactCells(c, m, d));
            }
            DisclosureTest.attack(new DisclosureTest.Figures(d, exact, truth), pattern(pub, d));
        }
    }

    @Test
    void theVolunteerTallyResistsSubtractionToo() {
        String big = TallyFixtures.freshRegion();
        String small = TallyFixtures.freshRegion();
        JsonPath before = given().header("Authorization", HQ).get("/api/tallies/volunteers").then().extract()
                .jsonPath();
        long start = before.getLong("total");
        for (int i = 0; i < 29 + 4; i++) {
            TallyFixtures.publish(Topics.VOLUNTEERS, EventCodec.wrap(EventTypes.VOLUNTEER_REGISTERED,
                    "/volunteer-service", new VolunteerRegistered(UUID.randomUUID(), Instant.now(),
                            i < 29 ? big : small, null, Set.of(), Set.of())));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given().header("Authorization", HQ)
                .get("/api/tallies/volunteers").then().extract().jsonPath().getLong("total") >= start + 33);
        JsonPath exact = given().header("Authorization", HQ).get("/api/tallies/volunteers").then().extract()
                .jsonPath();
        JsonPath pub = given().get("/api/tallies/volunteers").then().statusCode(200).extract().jsonPath();
        assertNull(pub.get("byRegion.find { it.region == '" + small + "' }.count"));
        Map<String, Long> truth = new TreeMap<>();
        for (Map<String, Object> r : exact.<Map<String, Object>>getList("byRegion")) {
            truth.put((String) r.get("region"), ((Number) r.get("count")).longValue());
        }
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        totals.put(Metric.VOLUNTEERS_REGISTERED, exact.getLong("total"));
        Map<Metric, Map<String, Disclosure.Hidden>> hidden = new EnumMap<>(Metric.class);
        Map<String, Disclosure.Hidden> regions = new TreeMap<>();
        for (Map<String, Object> r : pub.<Map<String, Object>>getList("byRegion")) {
            if (r.get("count") == null) {
                regions.put((String) r.get("region"), r.get("fewerThan") != null ? Disclosure.Hidden.SMALL
                        : Disclosure.Hidden.COMPLEMENTARY);
            }
        }
        hidden.put(Metric.VOLUNTEERS_REGISTERED, regions);
        Set<Metric> withheld = pub.get("total") == null ? Set.of(Metric.VOLUNTEERS_REGISTERED) : Set.of();
        DisclosureTest.attack(new DisclosureTest.Figures(Dimension.REGION, totals,
                Map.of(Metric.VOLUNTEERS_REGISTERED, truth)), new Disclosure.Pattern(withheld,
                        Map.of(Dimension.REGION, hidden)));
    }

    static String back(String action, int quantity, UUID chapter, String region) {
        return "{\"actionType\":\"" + action + "\",\"quantity\":" + quantity + ",\"chapterId\":\"" + chapter
                + "\",\"region\":\"" + region + "\"}";
    }

    static void event(TestCampaign c, UUID chapter, String region, int letters, int postcards, int attendees) {
        TallyFixtures.publish(Topics.COMMUNITY_EVENTS, EventCodec.wrap(EventTypes.EVENT_REPORTED_BACK,
                "/volunteer-service", new EventReportedBack(UUID.randomUUID(), CommunityEventKind.POSTCARD_PARTY,
                        LocalDate.now().minusDays(1), region, chapter, c.id(), letters, postcards, attendees, 1,
                        Instant.now())));
    }

    Published readAsThePublic(TestCampaign c) throws Exception {
        JsonPath totalsDoc = given().get(c.path() + "/tallies").then().statusCode(200).extract().jsonPath();
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        Map<String, Object> raw = totalsDoc.getMap("totals");
        raw.forEach((k, v) -> totals.put(Metric.valueOf(k), v == null ? null : ((Number) v).longValue()));
        Map<Metric, Map<Dimension, JsonPath>> breakdowns = new EnumMap<>(Metric.class);
        Map<Metric, JsonPath> boards = new EnumMap<>(Metric.class);
        Map<Metric, JsonPath> series = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Map<Dimension, JsonPath> byDimension = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                byDimension.put(d, given().get(c.path() + "/tallies/breakdown?metric=" + m + "&by=" + d).then()
                        .statusCode(200).extract().jsonPath());
            }
            breakdowns.put(m, byDimension);
            boards.put(m, given().get(c.path() + "/tallies/leaderboard?limit=100&metric=" + m).then()
                    .statusCode(200).extract().jsonPath());
            series.put(m, given().get(c.path() + "/tallies/series?zone=UTC&metric=" + m + "&from="
                    + LocalDate.now().minusDays(30) + "&to=" + LocalDate.now().plusDays(1)).then().statusCode(200)
                    .extract().jsonPath());
        }
        String csv = given().get(c.path() + "/tallies/export.csv?zone=UTC&from=" + LocalDate.now().minusDays(30)
                + "&to=" + LocalDate.now().plusDays(1)).then().statusCode(200).extract().asString();
        return new Published(totals, breakdowns, boards, series, csv, firstStreamed(c));
    }

    JsonNode firstStreamed(TestCampaign c) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + c.path() + "/tallies/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("data:")) {
                    return JSON.readTree(line.substring(5).trim());
                }
            }
        }
        throw new AssertionError("no event on the stream");
    }

    static Map<Metric, Long> exactTotals(TestCampaign c) {
        Map<Metric, Long> totals = new EnumMap<>(Metric.class);
        TallyFixtures.totals(c).<String, Object>getMap("totals")
                .forEach((k, v) -> totals.put(Metric.valueOf(k), ((Number) v).longValue()));
        return totals;
    }

    static Map<String, Long> exactCells(TestCampaign c, Metric m, Dimension d) {
        Map<String, Long> cells = new TreeMap<>();
        for (Map<String, Object> cell : given().header("Authorization", HQ).get(c.path()
                + "/tallies/breakdown?metric=" + m + "&by=" + d).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("cells")) {
            cells.put((String) cell.get("key"), ((Number) cell.get("count")).longValue());
        }
        return cells;
    }

    static Set<String> hidden(JsonPath breakdown) {
        return breakdown.<String>getList("cells.findAll { it.count == null }.key").stream()
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The suppression pattern as the public sees it: which metrics are withheld, which cells hidden and how. */
    static Disclosure.Pattern pattern(Published pub, Dimension d) {
        Set<Metric> withheld = java.util.EnumSet.noneOf(Metric.class);
        Map<Metric, Map<String, Disclosure.Hidden>> hidden = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            JsonPath b = pub.breakdowns().get(m).get(d);
            if (b.getBoolean("withheld")) {
                withheld.add(m);
                continue;
            }
            Map<String, Disclosure.Hidden> cells = new TreeMap<>();
            for (Map<String, Object> cell : b.<Map<String, Object>>getList("cells")) {
                if (cell.get("count") == null) {
                    cells.put((String) cell.get("key"), cell.get("fewerThan") != null ? Disclosure.Hidden.SMALL
                            : Disclosure.Hidden.COMPLEMENTARY);
                }
            }
            hidden.put(m, cells);
        }
        return new Disclosure.Pattern(withheld, Map.of(d, hidden));
    }

    /** The CSV holds exactly the JSON figures: the same totals, and for every breakdown the same cells. */
    static void assertCsvAgrees(Published pub) {
        Map<String, String> rows = new HashMap<>();
        for (String line : pub.csv().split("\r\n")) {
            String[] f = line.split(",", -1);
            if (f[0].equals("total")) {
                Long t = pub.totals().get(Metric.valueOf(f[1]));
                assertEquals(t == null ? "" : t.toString(), f[4], line);
            } else if (f[0].equals("breakdown")) {
                rows.put(f[1] + "/" + f[2] + "/" + f[3], f[4] + "," + f[5]);
            }
        }
        int cells = 0;
        for (Metric m : Metric.values()) {
            for (Dimension d : Dimension.values()) {
                for (Map<String, Object> cell : pub.breakdowns().get(m).get(d).<Map<String, Object>>getList(
                        "cells")) {
                    if (pub.totals().get(m) == null || pub.totals().get(m) == 0) {
                        continue;
                    }
                    cells++;
                    Object count = cell.get("count");
                    Object fewer = cell.get("fewerThan");
                    assertEquals((count == null ? "" : count.toString()) + "," + (fewer == null ? "" : fewer),
                            rows.get(m + "/" + d + "/" + cell.get("key")), "CSV and JSON agree on " + m + " by " + d
                                    + " " + cell);
                }
            }
        }
        assertEquals(cells, rows.size(), "the CSV shows no cell the JSON does not");
    }
}
