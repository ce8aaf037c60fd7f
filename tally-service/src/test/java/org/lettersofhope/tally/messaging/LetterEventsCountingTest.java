package org.lettersofhope.tally.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.tally.support.TallyFixtures.awaitTotal;
import static org.lettersofhope.tally.support.TallyFixtures.total;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.letter.AdvocacyPiecesLogged;
import org.lettersofhope.shared.event.letter.LetterLogged;
import org.lettersofhope.shared.event.letter.LetterOrigin;
import org.lettersofhope.shared.event.letter.LetterStatus;
import org.lettersofhope.shared.event.letter.LetterStatusChanged;
import org.lettersofhope.shared.event.letter.LetterStatusReason;
import org.lettersofhope.shared.event.letter.MailBatchMailed;
import org.lettersofhope.shared.event.letter.PieceKind;
import org.lettersofhope.shared.event.letter.ReplyReceived;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** letter-service's events through the real broker, each counted once by the one metric that owns it. */
@QuarkusTest
class LetterEventsCountingTest {

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager em;

    static EventEnvelope logged(TestCampaign c, LetterOrigin origin) {
        return EventCodec.wrap(EventTypes.LETTER_LOGGED, "/letter-service", new LetterLogged(UUID.randomUUID(),
                PieceKind.LETTER, origin, c.id(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null,
                "US-CA", Instant.now()));
    }

    static EventEnvelope status(TestCampaign c, UUID letter, LetterStatus from, LetterStatus to) {
        return EventCodec.wrap(EventTypes.LETTER_STATUS_CHANGED, "/letter-service", new LetterStatusChanged(letter,
                from, to, to == LetterStatus.RETURNED ? LetterStatusReason.TRANSFERRED : null, c.id(),
                UUID.randomUUID(), null, "US-CA", Instant.now()));
    }

    @Test
    void lettersAreCountedAlongTheirWayAndEventLettersAreNotActionsTwice() {
        TestCampaign c = TallyFixtures.campaign();
        TallyFixtures.publish(Topics.LETTERS, logged(c, LetterOrigin.PEN_PAL));
        TallyFixtures.publish(Topics.LETTERS, logged(c, LetterOrigin.QUICK_NOTE));
        TallyFixtures.publish(Topics.LETTERS, logged(c, LetterOrigin.EVENT));
        TallyFixtures.publish(Topics.LETTERS, logged(c, LetterOrigin.SELF_MAILED_ADVOCACY));
        UUID letter = UUID.randomUUID();
        TallyFixtures.publish(Topics.LETTERS, status(c, letter, LetterStatus.LOGGED, LetterStatus.RECEIVED));
        TallyFixtures.publish(Topics.LETTERS, status(c, letter, LetterStatus.RECEIVED, LetterStatus.APPROVED));
        TallyFixtures.publish(Topics.LETTERS, status(c, letter, LetterStatus.APPROVED, LetterStatus.BATCHED));
        TallyFixtures.publish(Topics.LETTERS, status(c, letter, LetterStatus.BATCHED, LetterStatus.MAILED));
        TallyFixtures.publish(Topics.LETTERS, status(c, letter, LetterStatus.MAILED, LetterStatus.RETURNED));
        awaitTotal(c, "LETTERS_RETURNED", 1);
        awaitTotal(c, "LETTERS_LOGGED", 4);
        assertEquals(2, total(c, "ACTIONS"), "event and self-mailed letters are counted by their own sources");
        assertEquals(1, total(c, "LETTERS_RECEIVED"));
        assertEquals(1, total(c, "LETTERS_APPROVED"));
        assertEquals(1, total(c, "LETTERS_MAILED"));
    }

    @Test
    void advocacyPiecesCountPerTargetAndRepliesOverall() {
        TestCampaign c = TallyFixtures.campaign();
        UUID target = c.targets().get(1);
        TallyFixtures.publish(EventTypes.ADVOCACY_PIECES_LOGGED, new AdvocacyPiecesLogged(UUID.randomUUID(), c.id(),
                target, PieceKind.POSTCARD, 12, UUID.randomUUID(), null, "US-NM", LocalDate.now(), Instant.now()));
        awaitTotal(c, "ADVOCACY_PIECES_LOGGED", 12);
        assertEquals(12, total(c, "ACTIONS"));
        Number perTarget = given().get(c.path() + "/tallies/breakdown?metric=ADVOCACY_PIECES_LOGGED&by=TARGET")
                .then().statusCode(200).extract().path("cells.find { it.key == '" + target + "' }.count");
        assertEquals(12, perTarget.intValue());

        long replies = given().get("/api/tallies").then().extract().jsonPath().getLong("totals.REPLIES_RECEIVED");
        TallyFixtures.publish(EventTypes.REPLY_RECEIVED, new ReplyReceived(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "es", true, LocalDate.now(), Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/tallies").then().extract()
                .jsonPath().getLong("totals.REPLIES_RECEIVED") >= replies + 1);
    }

    @Test
    void aTypeOnTheTopicWithoutARouteIsSkippedAndWhatFollowsItIsCounted() {
        TestCampaign c = TallyFixtures.campaign();
        double skipped = counter("letters.events.skipped");
        EventEnvelope letter = logged(c, LetterOrigin.PEN_PAL);
        // The same key, so the same partition: a stalled partition would never count the letter behind it.
        TallyFixtures.publish(EventTypes.MAIL_BATCH_MAILED, new MailBatchMailed(UUID.fromString(letter.partitionkey()),
                UUID.randomUUID(), 3, 150, "USD", Instant.now()));
        TallyFixtures.publish(Topics.LETTERS, letter);
        awaitTotal(c, "LETTERS_LOGGED", 1);
        assertTrue(counter("letters.events.skipped") >= skipped + 1, "the mail batch was skipped, not failed");
    }

    /**
     * letter-service may add a status before tally-service knows it: the event is still applied, counted as far as
     * this reader understands it, and not rejected.
     */
    @Test
    void anUnknownLetterStatusOrFieldDoesNotRejectTheEvent() {
        TestCampaign c = TallyFixtures.campaign();
        double rejected = counter("letters.events.rejected");
        double applied = counter("letters.events.applied");
        UUID letter = UUID.randomUUID();
        // From a status added later to one known: counted as mailed.
        publishEdited(status(c, letter, LetterStatus.BATCHED, LetterStatus.MAILED),
                data -> data.put("from", "SCANNED").put("scannedBy", "robot-7"));
        // To a status added later: applied, and counts nothing it does not know.
        EventEnvelope toUnknown = publishEdited(status(c, letter, LetterStatus.MAILED, LetterStatus.MAILED),
                data -> data.put("to", "DELIVERED_BY_DRONE"));
        // A piece kind and origin added later: still a letter logged.
        publishEdited(logged(c, LetterOrigin.PEN_PAL), data -> data.put("pieceKind", "HOLOGRAM").put("origin", "AI"));
        awaitTotal(c, "LETTERS_LOGGED", 1);
        awaitTotal(c, "LETTERS_MAILED", 1);
        assertEquals(0, total(c, "ACTIONS"), "an origin it does not know is not counted as an action");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> counter("letters.events.applied") >= applied + 3);
        assertEquals(rejected, counter("letters.events.rejected"), "nothing was set aside");
        assertEquals(List.of("APPLIED"), outcomes(toUnknown.id()));
    }

    private static EventEnvelope publishEdited(EventEnvelope e, Consumer<ObjectNode> edit) {
        ObjectNode data = e.data().deepCopy();
        edit.accept(data);
        EventEnvelope edited = new EventEnvelope(e.specversion(), e.id(), e.source(), e.type(), e.time(), e.subject(),
                e.datacontenttype(), e.partitionkey(), data);
        TallyFixtures.publish(Topics.LETTERS, edited);
        return edited;
    }

    private double counter(String name) {
        return metrics.counter(name, "consumer", "tally-letters").count();
    }

    @SuppressWarnings("unchecked")
    private List<String> outcomes(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select outcome from consumed_event where consumer = 'tally-letters' and event_id = :id")
                .setParameter("id", eventId).getResultList());
    }

    @Test
    void duplicatesAndReplaysChangeNoTotal() {
        TestCampaign c = TallyFixtures.campaign();
        EventEnvelope once = logged(c, LetterOrigin.PEN_PAL);
        EventEnvelope pieces = EventCodec.wrap(EventTypes.ADVOCACY_PIECES_LOGGED, "/letter-service",
                new AdvocacyPiecesLogged(UUID.randomUUID(), c.id(), c.targets().get(0), PieceKind.LETTER, 3,
                        UUID.randomUUID(), null, "US-CA", LocalDate.now(), Instant.now()));
        for (int i = 0; i < 4; i++) {
            TallyFixtures.publish(Topics.LETTERS, once);
            TallyFixtures.publish(Topics.LETTERS, pieces);
        }
        EventEnvelope marker = logged(c, LetterOrigin.QUICK_NOTE);
        TallyFixtures.publish(Topics.LETTERS, marker);
        awaitTotal(c, "LETTERS_LOGGED", 2);
        TallyFixtures.publish(Topics.LETTERS, once);
        TallyFixtures.publish(Topics.LETTERS, marker);
        TallyFixtures.publish(Topics.LETTERS, logged(c, LetterOrigin.EVENT));
        awaitTotal(c, "LETTERS_LOGGED", 3);
        assertEquals(5, total(c, "ACTIONS"));
        assertEquals(3, total(c, "ADVOCACY_PIECES_LOGGED"));
    }
}
