package org.lettersofhope.letter.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lettersofhope.commons.testing.AnswerCheck;
import org.lettersofhope.commons.testing.ServiceContractTestBase;
import org.lettersofhope.letter.support.CampaignFixtures;
import org.lettersofhope.letter.support.LetterFixtures;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceContractTest extends ServiceContractTestBase {

    @Override
    protected void fetchAnswers(AnswerCheck answers) {
        String[] campaign = CampaignFixtures.activeAdvocacy();
        answers.check("GET", "/api/campaigns/{id}", given().get("/api/campaigns/" + campaign[0])
                .then().statusCode(200).extract().response());
        answers.check("GET", "/api/campaigns/{id}", given().header("Authorization", CampaignFixtures.admin())
                .get("/api/campaigns/" + campaign[0]).then().statusCode(200).extract().response());
        answers.check("GET", "/api/campaigns", given().header("Authorization", CampaignFixtures.admin())
                .queryParam("size", 5).get("/api/campaigns").then().statusCode(200).extract().response());
    }

    @Override
    protected Map<String, String[]> keyCallers() {
        return Map.of("partner key", new String[] { "X-API-Key", LetterFixtures.apiKey(ApiKeyScope.PARTNER,
                UUID.randomUUID()) }, "dashboard key", new String[] { "X-API-Key",
                        LetterFixtures.apiKey(ApiKeyScope.DASHBOARD, null) });
    }

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("Campaign", List.of("id", "slug", "name", "kind", "status", "createdAt", "updatedAt"),
                "PageResponseCampaignResponse", List.of("items", "page", "size", "hasNext"));
    }
}
