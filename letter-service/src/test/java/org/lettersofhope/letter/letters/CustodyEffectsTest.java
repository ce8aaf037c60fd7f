package org.lettersofhope.letter.letters;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.loggedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.mail;
import static org.lettersofhope.letter.support.LetterFixtures.mailedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.read;
import static org.lettersofhope.letter.support.LetterFixtures.receivedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.seal;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A transfer re-routes letters not yet mailed; release and deportation hold them back. */
@QuarkusTest
class CustodyEffectsTest {

    @Test
    void aTransferReroutesUnmailedLettersAndTakesThemOutOfTheOldFacilitysBatch() {
        UUID oldFacility = facility();
        UUID newFacility = facility();
        UUID recipient = recipient(oldFacility);
        UUID mailed = mailedLetter(recipient, oldFacility);
        UUID logged = loggedLetter(recipient);
        UUID received = receivedLetter(recipient);
        UUID approved = approvedLetter(recipient);
        UUID batched = approvedLetter(recipient);
        UUID held = receivedLetter(recipient);
        transition(held, "HELD_BACK", "PROMISES").statusCode(200);
        UUID batch = openBatch(oldFacility);
        addToBatch(batch, batched).statusCode(200);

        changeCustody(recipient, "TRANSFERRED", newFacility).statusCode(200);

        for (UUID letter : new UUID[] { logged, received, approved, batched, held }) {
            read(hq(), letter).statusCode(200).body("facilityId", equalTo(newFacility.toString()));
        }
        read(hq(), logged).body("status", equalTo("LOGGED"));
        read(hq(), held).body("status", equalTo("HELD_BACK")).body("statusReason", equalTo("PROMISES"));
        read(hq(), batched).body("status", equalTo("APPROVED")).body("batchId", nullValue());
        given().header("Authorization", hq()).when().get("/api/letters/" + batched + "/transitions").then()
                .body("changedBy", hasItem("system"));
        given().header("Authorization", hq()).when().get("/api/mail-batches/" + batch).then()
                .body("letterCount", equalTo(0));
        read(hq(), mailed).body("status", equalTo("MAILED")).body("facilityId", equalTo(oldFacility.toString()));

        // re-routed letters now go into a batch for the new facility, not the old one
        addToBatch(openBatch(oldFacility), approved).statusCode(422);
        addToBatch(openBatch(newFacility), approved).statusCode(200);
    }

    @Test
    void releaseHoldsBackEveryLetterNotYetMailed() {
        UUID facility = facility();
        UUID recipient = recipient(facility);
        UUID mailed = mailedLetter(recipient, facility);
        UUID logged = loggedLetter(recipient);
        UUID received = receivedLetter(recipient);
        UUID batched = approvedLetter(recipient);
        UUID batch = openBatch(facility);
        addToBatch(batch, batched).statusCode(200);
        seal(batch).statusCode(200);

        changeCustody(recipient, "RELEASED", null).statusCode(200);

        for (UUID letter : new UUID[] { logged, received, batched }) {
            read(hq(), letter).statusCode(200).body("status", equalTo("HELD_BACK"))
                    .body("statusReason", equalTo("RECIPIENT_RELEASED"));
        }
        read(hq(), batched).body("batchId", nullValue());
        read(hq(), mailed).body("status", equalTo("MAILED"));
        mail(batch, 100, "USD").statusCode(409).body("currentStatus", equalTo("SEALED"));
        // a mailed letter may still come back
        transition(mailed, "RETURNED", "RELEASED").statusCode(200).body("statusReason", equalTo("RELEASED"));
    }

    @Test
    void deportationHoldsBackWithItsOwnReasonAndDetentionAgainLetsHeadquartersApproveOnceMore() {
        UUID facility = facility();
        UUID elsewhere = facility();
        UUID recipient = recipient(facility);
        UUID approved = approvedLetter(recipient);
        changeCustody(recipient, "DEPORTED", null).statusCode(200);
        read(hq(), approved).body("status", equalTo("HELD_BACK")).body("statusReason", equalTo("RECIPIENT_DEPORTED"));
        changeCustody(recipient, "DETAINED", elsewhere).statusCode(200);
        read(hq(), approved).body("status", equalTo("HELD_BACK")).body("facilityId", equalTo(elsewhere.toString()));
        transition(approved, "APPROVED", null).statusCode(200);
        addToBatch(openBatch(elsewhere), approved).statusCode(200);
    }
}
