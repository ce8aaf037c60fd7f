package org.lettersofhope.tally.ledger;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.lettersofhope.tally.ledger.ReportBackIdempotencyTest.post;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.reportBack;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Anonymous callers share no identity, so two of them may pick the same Idempotency-Key (a fixed key in a copied
 * frontend, a weak generator). Neither may be answered with what the other's request made, nor be refused because
 * the key is taken: an anonymous replay needs the same key and the very same request.
 */
@QuarkusTest
class AnonymousIdempotencyTest {

    @Test
    void twoAnonymousClientsWithOneKeyEachGetTheirOwnRecordAndTheirOwnReplay() {
        TestCampaign c = TallyFixtures.campaign();
        String key = "report-back";
        String mine = post(c, key, reportBack("POSTCARD", 5)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("quantity", equalTo(5)).extract().path("id");

        // Another phone, the same key, another report-back: a record of its own, not the first answer and no 422.
        String theirs = post(c, key, reportBack("LETTER", 7)).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("quantity", equalTo(7))
                .body("actionType", equalTo("LETTER")).extract().path("id");
        assertNotEquals(mine, theirs);

        // Each client's retry is still recognised, and answered with its own record.
        String myRetry = post(c, key, reportBack("POSTCARD", 5)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).extract().path("id");
        String theirRetry = post(c, key, reportBack("LETTER", 7)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).extract().path("id");
        assertEquals(mine, myRetry);
        assertEquals(theirs, theirRetry);
        awaitTotal(c, "ACTIONS", 12);
    }
}
