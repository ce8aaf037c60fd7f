package org.lettersofhope.tally.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.TestTokens;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An adjustment's reason is kept in the ledger for good: it may not hide text behind bidi or zero-width characters. */
@QuarkusTest
class HiddenTextTest {

    @Test
    void anAdjustmentReasonWithABidiOverrideOrALineSeparatorIsRefusedNamingTheField() {
        TestCampaign c = TallyFixtures.campaign();
        String hq = TestTokens.bearer("coordinator", "headquarters");
        for (String reason : new String[] { "Counted twice \u202Eeno ylno", "Counted\u2028twice", "Count\u200Bed twice" }) {
            given().header("Authorization", hq).contentType(ContentType.JSON)
                    .body(Map.of("quantity", -1, "reason", reason, "actionType", "LETTER"))
                    .when().post(c.path() + "/adjustments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", contains("reason"));
        }
    }
}
