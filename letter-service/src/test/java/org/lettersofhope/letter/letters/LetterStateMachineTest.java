package org.lettersofhope.letter.letters;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.approvedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.loggedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.mailedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.receivedLetter;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.recipient;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.domain.LetterLifecycle;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusReason;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every status a letter can be in, against every status headquarters may ask for by hand: the allowed ones succeed,
 * the others are 409 with the current status and the allowed ones, and change nothing.
 */
@QuarkusTest
class LetterStateMachineTest {

    UUID facility;
    UUID recipient;

    @BeforeEach
    void recipientAtAFacility() {
        facility = facility();
        recipient = recipient(facility);
    }

    /** A fresh letter in the given status. */
    UUID letterIn(LetterStatus status) {
        return switch (status) {
            case LOGGED -> loggedLetter(recipient);
            case RECEIVED -> receivedLetter(recipient);
            case APPROVED -> approvedLetter(recipient);
            case HELD_BACK -> {
                UUID l = receivedLetter(recipient);
                transition(l, "HELD_BACK", "CONTENT").statusCode(200);
                yield l;
            }
            case BATCHED -> {
                UUID l = approvedLetter(recipient);
                addToBatch(openBatch(facility), l).statusCode(200);
                yield l;
            }
            case MAILED -> mailedLetter(recipient, facility);
            case RETURNED -> {
                UUID l = mailedLetter(recipient, facility);
                transition(l, "RETURNED", "UNKNOWN").statusCode(200);
                yield l;
            }
        };
    }

    static LetterStatusReason fittingReason(LetterStatus to) {
        return switch (to) {
            case HELD_BACK -> LetterStatusReason.FACILITY_RULE;
            case RETURNED -> LetterStatusReason.REFUSED_BY_FACILITY;
            default -> null;
        };
    }

    @Test
    void everyMoveByHandIsAllowedExactlyWhenTheLifecycleSaysSo() {
        Map<LetterStatus, List<String>> answered = new EnumMap<>(LetterStatus.class);
        List<String> wrong = new ArrayList<>();
        for (LetterStatus from : LetterStatus.values()) {
            List<String> expectedAllowed = LetterLifecycle.allowedByHand(from).stream().map(Enum::name).sorted()
                    .toList();
            for (LetterStatus to : LetterStatus.values()) {
                UUID letter = letterIn(from);
                LetterStatusReason reason = fittingReason(to);
                var response = transition(letter, to.name(), reason == null ? null : reason.name()).extract();
                boolean allowed = LetterLifecycle.allowedByHand(from).contains(to);
                if (allowed && response.statusCode() != 200) {
                    wrong.add(from + "→" + to + " should succeed but gave " + response.statusCode());
                } else if (!allowed) {
                    if (response.statusCode() != 409 || !from.name().equals(response.path("currentStatus"))
                            || !expectedAllowed.equals(response.path("allowedNextStatuses"))) {
                        wrong.add(from + "→" + to + " should be 409 listing " + expectedAllowed + " but gave "
                                + response.statusCode() + " " + response.asString());
                    }
                    String now = given().header("Authorization", hq()).when().get("/api/letters/" + letter)
                            .then().extract().path("status");
                    if (!from.name().equals(now)) {
                        wrong.add(from + "→" + to + " was refused but the letter is now " + now);
                    }
                }
                answered.computeIfAbsent(from, f -> new ArrayList<>()).add(to + ":" + response.statusCode());
            }
        }
        assertEquals(List.of(), wrong, answered.toString());
    }

    @Test
    void theLifecycleReadsAsDocumented() {
        assertEquals(List.of("RECEIVED"), names(LetterLifecycle.allowedByHand(LetterStatus.LOGGED)));
        assertEquals(List.of("APPROVED", "HELD_BACK"), names(LetterLifecycle.allowedByHand(LetterStatus.RECEIVED)));
        assertEquals(List.of("HELD_BACK"), names(LetterLifecycle.allowedByHand(LetterStatus.APPROVED)));
        assertEquals(List.of("HELD_BACK"), names(LetterLifecycle.allowedByHand(LetterStatus.BATCHED)));
        assertEquals(List.of("APPROVED"), names(LetterLifecycle.allowedByHand(LetterStatus.HELD_BACK)));
        assertEquals(List.of("RETURNED"), names(LetterLifecycle.allowedByHand(LetterStatus.MAILED)));
        assertEquals(List.of(), names(LetterLifecycle.allowedByHand(LetterStatus.RETURNED)));
        assertEquals(List.of("APPROVED", "HELD_BACK", "MAILED"),
                names(LetterLifecycle.allowedNext(LetterStatus.BATCHED)));
    }

    static List<String> names(java.util.Set<LetterStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toList();
    }
}
