package org.lettersofhope.system;

import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.restassured.specification.RequestSpecification;

/**
 * The three services as separate processes, joined only by Kafka: a campaign published in letter-service is counted
 * in tally-service (report-backs, letters, advocacy pieces), and a volunteer who signs up, is activated and accepts
 * the guidelines in volunteer-service becomes a writer letter-service can match with a pen pal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovementFlowIT {

    SystemUnderTest system;
    SystemUnderTest.Service volunteers;
    SystemUnderTest.Service letters;
    SystemUnderTest.Service tallies;
    String hq;
    String admin;

    @BeforeAll
    void start() throws Exception {
        system = SystemUnderTest.shared();
        SystemUnderTest.Services all = system.services();
        volunteers = all.volunteers();
        letters = all.letters();
        tallies = all.tallies();
        hq = token(UUID.randomUUID(), "coordinator", "headquarters");
        admin = token(UUID.randomUUID(), "admin");
    }

    private String token(UUID subject, String... roles) {
        return system.token(subject, roles);
    }

    private static RequestSpecification at(SystemUnderTest.Service s, String token) {
        return SystemUnderTest.at(s, token);
    }

    @Test
    void aCampaignPublishedInLetterServiceCountsEverySourceOnceInTallyService() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String official = at(letters, hq).body(Map.of("name", "Alex Rivera", "title", "Secretary",
                "office", "Department of Homeland Security", "mailingAddress", Map.of("line1", "2707 MLK Jr Ave SE",
                        "city", "Washington", "region", "US-DC", "postalCode", "20528")))
                .when().post("/api/officials").then().statusCode(201).extract().path("id");
        String campaign = at(letters, hq).body(Map.of("slug", "flow-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "Write to the Secretary", "kind", "ADVOCACY", "description", "Parole, not detention.",
                "callToAction", "Send a postcard.", "targetIds", List.of(official), "goal", 100,
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(30).toString()))
                .when().post("/api/campaigns").then().statusCode(201).extract().path("id");
        at(letters, hq).when().post("/api/campaigns/" + campaign + "/publish").then().statusCode(200);

        // tally-service knows the campaign once CampaignPublished has travelled through Kafka.
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> at(tallies, null)
                .body("{\"actionType\":\"POSTCARD\",\"quantity\":5}")
                .when().post("/api/campaigns/" + campaign + "/report-backs").statusCode() == 201);

        UUID writer = UUID.randomUUID();
        at(letters, token(writer, "volunteer")).body(Map.of("targetId", official, "pieceKind", "POSTCARD",
                "count", 3, "sentOn", today.toString()))
                .when().post("/api/campaigns/" + campaign + "/advocacy-pieces").then().statusCode(201);

        String facility = at(letters, hq).body(Map.of("name", "Otay Mesa Detention Center", "forProfit", true,
                "addressLine1", "7488 Calzada de la Fuente", "city", "San Diego", "region", "US-CA",
                "postalCode", "92154"))
                .when().post("/api/facilities").then().statusCode(201).extract().path("id");
        String recipient = at(letters, hq).body(Map.of("fullName", "Ana Lucia Lopez", "aNumber", "A201-555-777",
                "preferredLanguage", "es", "facilityId", facility, "consentsToLetters", true))
                .when().post("/api/recipients").then().statusCode(201).extract().path("id");
        String solidarity = at(letters, hq).body(Map.of("slug", "flow-" + UUID.randomUUID().toString().substring(0,
                8), "name", "Letters for the holidays", "kind", "SOLIDARITY", "description", "Nobody alone.",
                "callToAction", "Write a card.", "goal", 500, "startsOn", today.minusDays(1).toString(),
                "endsOn", today.plusDays(30).toString()))
                .when().post("/api/campaigns").then().statusCode(201).extract().path("id");
        at(letters, hq).when().post("/api/campaigns/" + solidarity + "/publish").then().statusCode(200);
        at(letters, hq).body(Map.of("kind", "CARD", "origin", "PEN_PAL", "recipientId", recipient,
                "campaignId", solidarity, "writerId", writer.toString()))
                .when().post("/api/letters").then().statusCode(201);

        // 5 reported + 3 self-mailed on one campaign, one card on the other: each counted once, from its source.
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> at(tallies, hq)
                .when().get("/api/campaigns/" + campaign + "/tallies").then().statusCode(200)
                .body("totals.ACTIONS", equalTo(8))
                .body("totals.ADVOCACY_PIECES_LOGGED", equalTo(3)));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> at(tallies, hq)
                .when().get("/api/campaigns/" + solidarity + "/tallies").then().statusCode(200)
                .body("totals.ACTIONS", equalTo(1))
                .body("totals.LETTERS_LOGGED", equalTo(1)));
    }

    @Test
    void aVolunteerActivatedInVolunteerServiceCanBeMatchedInLetterService() {
        String version = "2026.flow-" + UUID.randomUUID().toString().substring(0, 6);
        at(letters, admin).body(Map.of("version", version, "title", "Letter Writing Guidelines",
                "body", "Write with care; promise nothing you cannot keep."))
                .when().post("/api/guidelines").then().statusCode(201);

        String email = "rosa." + UUID.randomUUID() + "@example.org";
        at(volunteers, null).body("""
                {"firstName":"Rosa","lastName":"Mendez","email":"%s","postalCode":"92101",
                 "region":"US-CA","languages":["es"],"roles":["WEEKLY_LETTER_WRITER"]}""".formatted(email))
                .when().post("/api/volunteers").then().statusCode(202);
        // The volunteer exists, for this service and the others, once they follow the link mailed to them.
        String writer = Api.confirm(volunteers.url(), system.mail.await(email, Api.SIGN_UP).token());
        String facility = at(letters, hq).body(Map.of("name", "Adelanto ICE Processing Center", "forProfit", true,
                "addressLine1", "10250 Rancho Road", "city", "Adelanto", "region", "US-CA", "postalCode", "92301"))
                .when().post("/api/facilities").then().statusCode(201).extract().path("id");
        String recipient = at(letters, hq).body(Map.of("fullName", "Jose Ramirez", "aNumber", "A201-555-888",
                "preferredLanguage", "es", "facilityId", facility, "consentsToLetters", true))
                .when().post("/api/recipients").then().statusCode(201).extract().path("id");
        Map<String, String> match = Map.of("writerId", writer, "recipientId", recipient);

        // Once letter-service has heard of the sign-up, it refuses the match: not active, guidelines not accepted.
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> at(letters, hq).body(match)
                .when().post("/api/pen-pals").then().statusCode(422)
                .body("violations.message", org.hamcrest.Matchers.hasItems(
                        org.hamcrest.Matchers.startsWith("must be an ACTIVE volunteer"),
                        org.hamcrest.Matchers.startsWith("must have accepted the current"))));

        at(volunteers, hq).body("{\"status\":\"ACTIVE\"}").when().post("/api/volunteers/" + writer + "/status")
                .then().statusCode(200);
        // volunteer-service accepts the version once letter-service's GuidelinesPublished has reached it
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> at(volunteers,
                token(UUID.fromString(writer), "volunteer")).body("{\"version\":\"" + version + "\"}")
                .when().post("/api/volunteers/" + writer + "/guidelines-acceptance").statusCode() == 200);

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> at(letters, hq).body(match)
                .when().post("/api/pen-pals").statusCode() == 201);
        at(letters, token(UUID.fromString(writer), "volunteer")).when().get("/api/me/pen-pals")
                .then().statusCode(200).body("items[0].displayName", equalTo("Jose R."));
    }
}
