package org.lettersofhope.volunteer.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.volunteer.events.EventFixtures.coordinatorOf;
import static org.lettersofhope.volunteer.events.EventFixtures.hq;
import static org.lettersofhope.volunteer.events.EventFixtures.memberOf;
import static org.lettersofhope.volunteer.events.EventFixtures.partnerKeyOf;
import static org.lettersofhope.volunteer.events.EventFixtures.plan;
import static org.lettersofhope.volunteer.events.EventFixtures.post;
import static org.lettersofhope.volunteer.events.EventFixtures.propose;
import static org.lettersofhope.volunteer.events.EventFixtures.volunteer;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.domain.CommunityEventRepository;
import org.lettersofhope.volunteer.support.Fixtures;
import org.lettersofhope.volunteer.support.LetterEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An event refers only to what exists and is the caller's to use: a campaign letter-service published (and has not
 * closed), known here from its events through the real broker, and a chapter the host belongs to.
 */
@QuarkusTest
class EventReferencesTest {

    @Inject
    CommunityEventRepository events;

    @Test
    void anEventNamesOnlyACampaignLetterServicePublishedAndHasNotClosed() {
        UUID host = UUID.randomUUID();
        Map<String, Object> plan = plan();
        plan.put("campaignId", UUID.randomUUID().toString());
        post(volunteer(host), plan).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("campaignId"));
        post(hq(), plan).statusCode(422).body("violations.field", contains("campaignId"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> events.count("hostId", host)));

        UUID campaign = LetterEvents.publishedCampaign();
        plan.put("campaignId", campaign.toString());
        String id = propose(volunteer(host), plan);
        given().header("Authorization", volunteer(host)).when().get("/api/events/" + id)
                .then().statusCode(200).body("campaignId", equalTo(campaign.toString()));

        LetterEvents.close(campaign);
        post(volunteer(host), plan).statusCode(422).body("violations.field", contains("campaignId"))
                .body("violations.message", contains("is a closed campaign"));
        // the event planned before the close keeps its campaign when it is edited
        plan.put("title", "Renamed after the close");
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON).body(plan)
                .when().put("/api/events/" + id).then().statusCode(200)
                .body("campaignId", equalTo(campaign.toString()));
        // ... but an edit cannot name an unknown one
        plan.put("campaignId", UUID.randomUUID().toString());
        given().header("Authorization", volunteer(host)).contentType(ContentType.JSON).body(plan)
                .when().put("/api/events/" + id).then().statusCode(422)
                .body("violations.field", contains("campaignId"));
    }

    @Test
    void aHostAttachesAnEventOnlyToAChapterTheyBelongTo() {
        UUID chapter = Fixtures.activeChapter();
        UUID other = Fixtures.activeChapter();
        UUID member = memberOf(chapter);
        UUID outsider = Fixtures.register();
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());

        post(volunteer(outsider), plan).statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("chapterId"));
        post(volunteer(UUID.randomUUID()), plan).statusCode(422).body("violations.field", contains("chapterId"));
        plan.put("chapterId", other.toString());
        post(volunteer(member), plan).statusCode(422).body("violations.field", contains("chapterId"));
        post(coordinatorOf(chapter), plan).statusCode(422).body("violations.field", contains("chapterId"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> events.count("hostId", outsider)
                + events.count("hostId", member)));

        plan.put("chapterId", chapter.toString());
        String id = propose(volunteer(member), plan);
        given().header("Authorization", volunteer(member)).when().get("/api/events/" + id)
                .then().statusCode(200).body("chapterId", equalTo(chapter.toString()));
        post(coordinatorOf(chapter), plan).statusCode(201).body("chapterId", equalTo(chapter.toString()));
        plan.put("chapterId", other.toString());
        post(hq(), plan).statusCode(201).body("chapterId", equalTo(other.toString()));

        // an edit cannot move the event to a chapter the host does not belong to, nor can the chapter's own key
        given().header("Authorization", volunteer(member)).contentType(ContentType.JSON).body(plan)
                .when().put("/api/events/" + id).then().statusCode(422)
                .body("violations.field", contains("chapterId"));
        given().header("X-API-Key", partnerKeyOf(chapter)).contentType(ContentType.JSON).body(plan)
                .when().put("/api/events/" + id).then().statusCode(422)
                .body("violations.field", contains("chapterId"));
        given().header("Authorization", volunteer(member)).when().get("/api/events/" + id)
                .then().statusCode(200).body("chapterId", equalTo(chapter.toString()));
    }

    @Test
    void aVolunteerWhoLeftTheChapterCanNoLongerAttachEventsToIt() {
        UUID chapter = Fixtures.activeChapter();
        UUID member = memberOf(chapter);
        Map<String, Object> plan = plan();
        plan.put("chapterId", chapter.toString());
        propose(volunteer(member), plan);
        given().header("Authorization", Fixtures.tokenOf(member)).contentType(ContentType.JSON)
                .body("{\"chapterId\":null}").when().put("/api/volunteers/" + member + "/chapter")
                .then().statusCode(200);
        post(volunteer(member), plan).statusCode(422).body("violations.field", contains("chapterId"));
    }
}
