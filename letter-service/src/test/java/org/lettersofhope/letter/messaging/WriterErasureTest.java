package org.lettersofhope.letter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.lettersofhope.letter.support.CampaignFixtures;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.VolunteerEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A volunteer's erasure, announced by volunteer-service through the real broker, leaves their id in no row of
 * letter-service but the writer projection's erasure mark, removes their receipt references, and changes no count.
 */
@QuarkusTest
class WriterErasureTest {

    @Inject
    EntityManager em;

    @Test
    void anErasedWritersIdLeavesEveryRecordAndTheCountsStay() {
        String language = PenPalFixtures.uniqueLanguage();
        UUID writer = PenPalFixtures.eligibleWriter(language);
        UUID recipient = PenPalFixtures.recipient(language);
        String match = PenPalFixtures.matched(writer, recipient);

        String letter = log(volunteer(writer), letterBody(recipient)).statusCode(201).extract().path("id");
        Map<String, Object> reply = new HashMap<>(Map.of("recipientId", recipient.toString(),
                "writerId", writer.toString(), "matchId", match, "receivedOn", LocalDate.now().toString(),
                "language", language, "needsTranslation", false));
        String replyId = as(hq()).contentType(ContentType.JSON).body(reply).when().post("/api/replies")
                .then().statusCode(201).extract().path("id");

        String[] advocacy = CampaignFixtures.activeAdvocacy();
        String pieces = as(volunteer(writer)).contentType(ContentType.JSON)
                .body(Map.of("targetId", advocacy[1], "pieceKind", "POSTCARD", "count", 7,
                        "sentOn", LocalDate.now().toString()))
                .when().post("/api/campaigns/" + advocacy[0] + "/advocacy-pieces")
                .then().statusCode(201).extract().path("id");

        String asked = reimbursement(writer, "USPS receipt 4021-7781");
        String rejected = reimbursement(writer, "Receipt at Maria's address");
        as(hq()).contentType(ContentType.JSON).body(Map.of("reason", "Ask Maria for a clearer receipt"))
                .when().post("/api/reimbursements/" + rejected + "/reject").then().statusCode(200);

        Map<String, Long> before = counts(recipient, advocacy[0], List.of(asked, rejected));
        assertEquals(1, before.get("letters"));
        // the probe finds the id wherever it is before the erasure
        assertEquals(true, columnsHolding(writer).containsAll(List.of("advocacy_log.logged_by",
                "advocacy_log.volunteer_id", "letter.writer_id", "letter_transition.changed_by",
                "pen_pal_match.writer_id", "reimbursement.volunteer_id", "reply.writer_id")));

        VolunteerEvents.erased(writer, null);
        VolunteerEvents.awaitWriter(writer, w -> w.isErased());

        assertEquals(List.of(), columnsHolding(writer));
        assertNull(cell("select writer_id from letter where id = ?1", letter));
        assertNull(cell("select writer_id from reply where id = ?1", replyId));
        assertNull(cell("select volunteer_id from advocacy_log where id = ?1", pieces));
        assertNull(cell("select logged_by from advocacy_log where id = ?1", pieces));
        assertNull(cell("select writer_id from pen_pal_match where id = ?1", match));
        for (String r : List.of(asked, rejected)) {
            assertNull(cell("select volunteer_id from reimbursement where id = ?1", r));
            assertNull(cell("select receipt_reference from reimbursement where id = ?1", r));
        }
        assertEquals("erased", cell("select rejection_reason from reimbursement where id = ?1", rejected));
        assertEquals("erased", cell("select changed_by from letter_transition where letter_id = ?1", letter));
        assertEquals(before, counts(recipient, advocacy[0], List.of(asked, rejected)));

        // headquarters still reads the records, without the writer
        as(hq()).when().get("/api/letters/" + letter).then().statusCode(200)
                .body("writerId", org.hamcrest.Matchers.nullValue());
        as(hq()).when().get("/api/replies/" + replyId).then().statusCode(200);
        as(hq()).when().get("/api/reimbursements/" + asked).then().statusCode(200)
                .body("receiptReference", org.hamcrest.Matchers.nullValue());
        PenPalFixtures.read(match).statusCode(200).body("status", org.hamcrest.Matchers.equalTo("ENDED"))
                .body("endReason", org.hamcrest.Matchers.equalTo("WRITER_ERASED"));
    }

    private static String reimbursement(UUID writer, String receipt) {
        Map<String, Object> body = new HashMap<>();
        body.put("amountCents", 2060);
        body.put("currency", "USD");
        body.put("items", List.of(Map.of("kind", "STAMPS", "quantity", 20, "amountCents", 1460),
                Map.of("kind", "POSTCARDS", "quantity", 10, "amountCents", 600)));
        body.put("receiptReference", receipt);
        return as(volunteer(writer)).contentType(ContentType.JSON).body(body).when().post("/api/reimbursements")
                .then().statusCode(201).extract().path("id");
    }

    /** What is counted: letters and replies to the recipient, pieces of the campaign, the amounts asked for. */
    private Map<String, Long> counts(UUID recipient, String campaign, List<String> reimbursements) {
        Map<String, Long> counts = new HashMap<>();
        counts.put("letters", number("select count(*) from letter where recipient_id = ?1", recipient));
        counts.put("replies", number("select count(*) from reply where recipient_id = ?1", recipient));
        counts.put("matches", number("select count(*) from pen_pal_match where recipient_id = ?1", recipient));
        counts.put("pieces", number("select coalesce(sum(count), 0) from advocacy_log where campaign_id = ?1",
                UUID.fromString(campaign)));
        counts.put("amount", number("select coalesce(sum(amount_cents), 0) from reimbursement where id in (?1, ?2)",
                UUID.fromString(reimbursements.get(0)), UUID.fromString(reimbursements.get(1))));
        return counts;
    }

    /**
     * Every column of every table that holds the id — as a uuid, or inside text — except the writer projection's key
     * and the volunteer standing projection's, which mark the erasure (the latter refuses the person's tokens), and
     * the outbox, whose relayed events are deleted after their retention.
     */
    @SuppressWarnings("unchecked")
    private List<String> columnsHolding(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name, data_type from information_schema.columns
                    where table_schema = current_schema()
                      and data_type in ('uuid', 'character varying', 'text', 'jsonb', 'character')
                      and table_name not in ('outbox_event', 'flyway_schema_history')
                    order by table_name, column_name""").getResultList();
            List<String> holding = new ArrayList<>();
            for (Object[] c : columns) {
                String table = (String) c[0];
                String column = (String) c[1];
                if ((table.equals("writer") || table.equals("volunteer_standing")) && column.equals("volunteer_id")) {
                    continue;
                }
                String test = c[2].equals("uuid") ? column + " = ?1" : column + "::text like '%' || ?1 || '%'";
                var q = em.createNativeQuery("select count(*) from " + table + " where " + test);
                q.setParameter(1, c[2].equals("uuid") ? id : id.toString());
                if (((Number) q.getSingleResult()).longValue() > 0) {
                    holding.add(table + "." + column);
                }
            }
            return holding;
        });
    }

    private Object cell(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                .setParameter(1, id instanceof String s ? UUID.fromString(s) : id).getSingleResult());
    }

    private long number(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }
}
