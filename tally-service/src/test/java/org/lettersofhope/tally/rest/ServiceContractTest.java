package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.lettersofhope.commons.testing.AnswerCheck;
import org.lettersofhope.commons.testing.ServiceContractTestBase;
import org.lettersofhope.shared.event.access.ApiKeyScope;
import org.lettersofhope.tally.support.TallyFixtures;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceContractTest extends ServiceContractTestBase {

    @Override
    protected void fetchAnswers(AnswerCheck answers) {
        TallyFixtures.TestCampaign campaign = TallyFixtures.campaign();
        String dashboard = TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null);
        answers.check("GET", "/api/campaigns/{campaignId}/tallies", given()
                .get(campaign.path() + "/tallies").then().statusCode(200).extract().response());
        answers.check("GET", "/api/campaigns/{campaignId}/tallies", given().header("X-API-Key", dashboard)
                .get(campaign.path() + "/tallies").then().statusCode(200).extract().response());
        answers.check("GET", "/api/campaigns/{campaignId}/tallies", given().header("Authorization", TallyFixtures.HQ)
                .get(campaign.path() + "/tallies").then().statusCode(200).extract().response());
    }

    @Override
    protected Map<String, String[]> keyCallers() {
        return Map.of("partner key", new String[] { "X-API-Key", TallyFixtures.apiKey(ApiKeyScope.PARTNER,
                TallyFixtures.activeChapter()) }, "dashboard key", new String[] { "X-API-Key",
                        TallyFixtures.apiKey(ApiKeyScope.DASHBOARD, null) });
    }

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("CampaignTallies", List.of("campaignId", "kind", "status", "targetIds", "totals", "goal", "asOf"),
                "GoalProgress", List.of("metric", "goal"));
    }
}
