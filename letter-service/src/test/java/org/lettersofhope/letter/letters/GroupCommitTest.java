package org.lettersofhope.letter.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.penPalLetterBody;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.RecipientFixtures;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Letters logged at the same moment share transactions (group commit), and each request is still answered by its
 * own work alone: refused requests in a batch fail on their own and leave nothing behind, the others are written
 * once, each as its own caller (a volunteer's letter has that volunteer as its writer).
 */
@QuarkusTest
class GroupCommitTest {

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /** One request of the burst and the answer it must get. */
    record Call(String credential, Map<String, Object> body, int expected, UUID writer, UUID recipient) {
    }

    @Test
    void requestsSharingACommitAreAnsweredEachByItsOwnWork() throws Exception {
        List<PenPalFixtures.PenPal> pairs = new ArrayList<>();
        List<UUID> pairRecipients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID recipient = RecipientFixtures.recipient();
            pairRecipients.add(recipient);
            pairs.add(PenPalFixtures.penPalOf(recipient));
        }
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PenPalFixtures.PenPal own = pairs.get(i);
            PenPalFixtures.PenPal other = pairs.get((i + 1) % pairs.size());
            calls.add(new Call(volunteer(own.writer()), penPalLetterBody(own.matchId()), 201, own.writer(),
                    pairRecipients.get(i)));
            // another writer's pen pal: refused, whatever else shares the transaction
            calls.add(new Call(volunteer(own.writer()), penPalLetterBody(other.matchId()), 422, null, null));
        }
        List<UUID> released = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID r = RecipientFixtures.recipient();
            RecipientFixtures.changeCustody(r, "RELEASED", null).statusCode(200);
            released.add(r);
            calls.add(new Call(hq(), letterBody(r), 409, null, r));
        }
        for (int i = 0; i < 16; i++) {
            UUID r = RecipientFixtures.recipient();
            calls.add(new Call(hq(), letterBody(r), 201, null, r));
        }
        calls.add(new Call(hq(), letterBody(UUID.randomUUID()), 422, null, null));
        java.util.Collections.shuffle(calls);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        List<Future<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>> answers =
                new ArrayList<>();
        try {
            for (Call c : calls) {
                answers.add(pool.submit((Callable<io.restassured.response.ExtractableResponse<
                        io.restassured.response.Response>>) () -> {
                    go.await();
                    return log(c.credential(), c.body()).extract();
                }));
            }
            go.countDown();
            for (int i = 0; i < calls.size(); i++) {
                Call c = calls.get(i);
                var answer = answers.get(i).get();
                assertEquals(c.expected(), answer.statusCode(), c + " answered " + answer.asString());
                if (c.expected() == 201) {
                    String id = answer.path("id");
                    var stored = as(hq()).when().get("/api/letters/" + id).then().statusCode(200).extract();
                    assertEquals(c.recipient().toString(), stored.path("recipient.id"));
                    assertEquals(c.writer() == null ? null : c.writer().toString(), stored.path("writerId"),
                            "written as the caller who sent it");
                    assertEquals(1L, letters(c.recipient()), "written once");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        for (UUID r : released) {
            assertEquals(0L, letters(r), "a refused request leaves nothing behind");
        }
        DistributionSummary batches = metrics.find("letters.group.commit.batch.size").summary();
        assertTrue(batches != null && batches.max() > 1, "some requests shared a commit");
    }

    private long letters(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from letter where recipient_id = ?1").setParameter(1, recipient)
                .getSingleResult()).longValue());
    }
}
