package org.lettersofhope.volunteer.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lettersofhope.commons.testing.AnswerCheck;
import org.lettersofhope.commons.testing.ServiceContractTestBase;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ServiceContractTest extends ServiceContractTestBase {

    @Override
    protected void fetchAnswers(AnswerCheck answers) {
        UUID chapter = Fixtures.activeChapter();
        UUID volunteer = Fixtures.register(Fixtures.uniqueEmail("contract"), null);
        Fixtures.join(volunteer, chapter);
        Fixtures.partnerKey(chapter);
        answers.check("GET", "/api/volunteers/{id}", given().header("Authorization", Fixtures.ADMIN)
                .get("/api/volunteers/" + volunteer).then().statusCode(200).extract().response());
        answers.check("GET", "/api/volunteers", given().header("Authorization", Fixtures.ADMIN)
                .queryParam("size", 5).get("/api/volunteers").then().statusCode(200).extract().response());
        answers.check("GET", "/api/admin/api-keys", given().header("Authorization", Fixtures.ADMIN)
                .get("/api/admin/api-keys").then().statusCode(200).extract().response());
    }

    @Override
    protected Map<String, String[]> keyCallers() {
        String dashboard = given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"scope\":\"DASHBOARD\"}").when().post("/api/admin/api-keys")
                .then().statusCode(201).extract().path("key");
        return Map.of("partner key", new String[] { "X-API-Key", Fixtures.partnerKey(Fixtures.activeChapter()) },
                "dashboard key", new String[] { "X-API-Key", dashboard });
    }

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("Volunteer", List.of("id", "status", "roles", "createdAt", "updatedAt", "version"),
                "ApiKey", List.of("id", "scope", "issuedAt"),
                "PageResponseVolunteerResponse", List.of("items", "page", "size", "hasNext"));
    }
}
