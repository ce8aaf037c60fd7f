package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.volunteer.support.Fixtures.ADMIN;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChapterResourceTest {

    static final String FOUNDER = TestTokens.bearer("volunteer");

    static String propose(String token, String region) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("""
                        {"name":"Letters of Hope %s","region":"%s","facilityName":"Stewart Detention Center",
                         "contactName":"Ana P","contactEmail":"ana.p@example.org"}""".formatted(
                        UUID.randomUUID().toString().substring(0, 6), region))
                .when().post("/api/chapters")
                .then().statusCode(201).body("status", equalTo("PROPOSED")).extract().path("id");
    }

    static io.restassured.response.Response status(String id, String status) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\"}").when().post("/api/chapters/" + id + "/status");
    }

    @Test
    void aProposedChapterIsActivatedByAnAdminAndCanGoDormant() {
        String id = propose(FOUNDER, "US-GA");
        given().when().get("/api/chapters/" + id).then().statusCode(404);
        given().header("Authorization", FOUNDER).when().get("/api/chapters/" + id)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
        status(id, "DORMANT").then().statusCode(409).body("allowedNextStatuses", contains("ACTIVE"));
        status(id, "ACTIVE").then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().when().get("/api/chapters/" + id)
                .then().statusCode(200).body("contactEmail", nullValue()).body("contactName", nullValue());
        given().queryParam("region", "us-ga").queryParam("size", 100).when().get("/api/chapters")
                .then().statusCode(200).body("items.id", hasItem(id));
        status(id, "DORMANT").then().statusCode(200);
        given().queryParam("region", "US-GA").queryParam("size", 100).when().get("/api/chapters")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        status(id, "ACTIVE").then().statusCode(200);
    }

    @Test
    void contactDetailsAreForTheChapterAndHeadquartersOnly() {
        UUID chapter = Fixtures.activeChapter();
        given().header("Authorization", Fixtures.coordinatorOf(chapter)).when().get("/api/chapters/" + chapter)
                .then().statusCode(200).body("contactEmail", equalTo("rosa@example.org"));
        given().header("Authorization", Fixtures.coordinatorOf(UUID.randomUUID()))
                .when().get("/api/chapters/" + chapter)
                .then().statusCode(200).body("contactEmail", nullValue());
        given().header("X-API-Key", Fixtures.partnerKey(chapter)).when().get("/api/chapters/" + chapter)
                .then().statusCode(200).body("contactEmail", equalTo("rosa@example.org"));
    }

    @Test
    void onlyAdminsChangeStatusOrCoordinators() {
        String id = propose(FOUNDER, "US-AZ");
        given().header("Authorization", TestTokens.bearer("coordinator", "headquarters")).contentType(ContentType.JSON)
                .body("{\"status\":\"ACTIVE\"}").when().post("/api/chapters/" + id + "/status")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"status\":\"ACTIVE\"}")
                .when().post("/api/chapters/" + id + "/status")
                .then().statusCode(401);
    }

    @Test
    void coordinatorsAreVolunteersOfTheChapter() {
        UUID chapter = Fixtures.activeChapter();
        UUID member = Fixtures.register();
        UUID outsider = Fixtures.register();
        Fixtures.join(member, chapter);
        given().header("Authorization", ADMIN).when().put("/api/chapters/" + chapter + "/coordinators/" + member)
                .then().statusCode(204);
        given().header("Authorization", ADMIN).when().put("/api/chapters/" + chapter + "/coordinators/" + outsider)
                .then().statusCode(409);
        given().header("Authorization", Fixtures.coordinatorOf(chapter))
                .when().get("/api/chapters/" + chapter + "/coordinators")
                .then().statusCode(200).body("volunteerIds", contains(member.toString()));
        given().header("Authorization", Fixtures.coordinatorOf(UUID.randomUUID()))
                .when().get("/api/chapters/" + chapter + "/coordinators")
                .then().statusCode(404);
        given().header("Authorization", ADMIN).when().delete("/api/chapters/" + chapter + "/coordinators/" + member)
                .then().statusCode(204);
    }

    @Test
    void rejectsInvalidProposals() {
        given().header("Authorization", FOUNDER).contentType(ContentType.JSON)
                .body("{\"name\":\"<b>x</b>\",\"region\":\"Georgia\",\"contactEmail\":\"nope\"}")
                .when().post("/api/chapters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("region"))
                .body("violations.field", hasItem("facilityName"))
                .body("violations.field", hasItem("contactEmail"));
    }
}
