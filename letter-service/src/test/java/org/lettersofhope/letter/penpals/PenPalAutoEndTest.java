package org.lettersofhope.letter.penpals;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.lettersofhope.letter.support.PenPalFixtures.currentGuidelines;
import static org.lettersofhope.letter.support.PenPalFixtures.eligibleWriter;
import static org.lettersofhope.letter.support.PenPalFixtures.match;
import static org.lettersofhope.letter.support.PenPalFixtures.matched;
import static org.lettersofhope.letter.support.PenPalFixtures.read;
import static org.lettersofhope.letter.support.PenPalFixtures.recipient;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.RecipientFixtures;
import org.lettersofhope.letter.support.VolunteerEvents;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Matches end by themselves: on release or deportation (in the custody change's own transaction), and when
 * volunteer-service says through the real broker that the writer paused, left or was erased. Eligibility follows
 * the projection of those events.
 */
@QuarkusTest
class PenPalAutoEndTest {

    static void awaitEnded(String matchId, String reason) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "ENDED".equals(read(matchId).extract().path("status")));
        read(matchId).body("endReason", equalTo(reason));
    }

    @Test
    void releaseAndDeportationEndTheMatchAtOnce() {
        UUID released = recipient("es");
        String first = matched(eligibleWriter("es"), released);
        RecipientFixtures.changeCustody(released, "RELEASED", null).statusCode(200);
        // synchronous: the custody change's response comes after the match ended in its transaction
        read(first).body("status", equalTo("ENDED")).body("endReason", equalTo("RELEASED"));

        UUID deported = recipient("es");
        String second = matched(eligibleWriter("es"), deported);
        RecipientFixtures.changeCustody(deported, "DEPORTED", null).statusCode(200);
        read(second).body("status", equalTo("ENDED")).body("endReason", equalTo("DEPORTED"));
    }

    @Test
    void aTransferKeepsTheMatch() {
        UUID recipient = recipient("es");
        String id = matched(eligibleWriter("es"), recipient);
        RecipientFixtures.changeCustody(recipient, "TRANSFERRED", RecipientFixtures.facility()).statusCode(200);
        read(id).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPausedWriterLosesTheirMatchesAndIsMatchedAgainOnceActive() {
        UUID chapter = UUID.randomUUID();
        UUID writer = VolunteerEvents.activeWeeklyWriter(chapter, "US-CA", currentGuidelines(), "es");
        String id = matched(writer, recipient("es"));
        VolunteerEvents.statusChanged(writer, VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, chapter, "US-CA");
        awaitEnded(id, "WRITER_PAUSED");
        match(writer, recipient("es")).statusCode(422)
                .body("violations.message", hasItem("must be an ACTIVE volunteer (is PAUSED)"));
        VolunteerEvents.statusChanged(writer, VolunteerStatus.PAUSED, VolunteerStatus.ACTIVE, chapter, "US-CA");
        VolunteerEvents.awaitWriter(writer, w -> w.status == VolunteerStatus.ACTIVE);
        match(writer, recipient("es")).statusCode(201);
    }

    @Test
    void anErasedWriterLosesTheirMatchesForGood() {
        UUID writer = eligibleWriter("es");
        String id = matched(writer, recipient("es"));
        VolunteerEvents.erased(writer, null);
        awaitEnded(id, "WRITER_ERASED");
        match(writer, recipient("es")).statusCode(422).body("violations.message", hasItem("was erased"));
    }

    @Test
    void eligibilityFollowsVolunteerEvents() {
        UUID writer = UUID.randomUUID();
        UUID recipient = recipient("es");
        match(writer, recipient).statusCode(422)
                .body("violations.message", hasItem("is no volunteer letter-service has heard of (yet)"));

        VolunteerEvents.registered(writer, null, "US-CA", Set.of(VolunteerRole.QUICK_NOTES), Set.of("es"));
        VolunteerEvents.awaitWriter(writer, w -> w.status == VolunteerStatus.APPLIED);
        match(writer, recipient).statusCode(422)
                .body("violations.message", hasItem("must be an ACTIVE volunteer (is APPLIED)"))
                .body("violations.message", hasItem("must have signed up as a WEEKLY_LETTER_WRITER"))
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith(
                        "must have accepted the current Letter Writing Guidelines")));

        VolunteerEvents.statusChanged(writer, VolunteerStatus.APPLIED, VolunteerStatus.ACTIVE, null, "US-CA");
        VolunteerEvents.profileChanged(writer, null, "US-CA", Set.of(VolunteerRole.WEEKLY_LETTER_WRITER),
                Set.of("es"));
        VolunteerEvents.guidelinesAccepted(writer, "an-old-version");
        VolunteerEvents.awaitWriter(writer, w -> "an-old-version".equals(w.guidelinesVersion));
        match(writer, recipient).statusCode(422).body("violations.size()", equalTo(1));

        VolunteerEvents.guidelinesAccepted(writer, currentGuidelines());
        VolunteerEvents.awaitWriter(writer, w -> currentGuidelines().equals(w.guidelinesVersion));
        match(writer, recipient).statusCode(201);
    }
}
