package org.lettersofhope.volunteer.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Erasure reaches webhook deliveries: once a volunteer is erased, no webhook row holds their id in any form the
 * erasure scan looks for, the payloads of deliveries that named them are gone (pending ones given up), and the
 * erasure notice — fanned out after the erasure — is sent to the chapter's partner and then not kept.
 */
@QuarkusTest
class WebhookErasureTest {

    @Inject
    EntityManager em;

    @Test
    void anErasedVolunteersDeliveriesKeepNothingOfThemOnceTheNoticeIsDelivered() throws Exception {
        try (Receiver receiver = new Receiver().start()) {
            UUID chapter = Fixtures.activeChapter();
            UUID person = Fixtures.register();
            Fixtures.join(person, chapter);
            WebhookDeliveryTest.subscribe(chapter, receiver.url("/erasure"), Set.of(
                    EventTypes.VOLUNTEER_STATUS_CHANGED.name(), EventTypes.VOLUNTEER_ERASED.name()));
            // a second subscription whose endpoint is away, so that a delivery naming the person stays pending
            String pending = "http://127.0.0.1:9/away";
            WebhookDeliveryTest.subscribe(chapter, pending, Set.of(EventTypes.VOLUNTEER_STATUS_CHANGED.name()));
            given().header("Authorization", Fixtures.ADMIN).contentType(ContentType.JSON)
                    .body("{\"status\":\"ACTIVE\"}").when().post("/api/volunteers/" + person + "/status")
                    .then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().stream()
                    .anyMatch(r -> r.body().contains(EventTypes.VOLUNTEER_STATUS_CHANGED.name())
                            && r.body().contains(person.toString())));

            given().header("Authorization", Fixtures.tokenOf(person)).when().delete("/api/volunteers/" + person)
                    .then().statusCode(204);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> receiver.requests().stream()
                    .anyMatch(r -> r.body().contains(EventTypes.VOLUNTEER_ERASED.name())
                            && r.body().contains(person.toString()) && r.answered() == 200));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(
                    "select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id "
                            + "where s.chapter_id = ?1 and d.payload is not null", chapter) == 0);

            assertEquals(1, count("select count(*) from webhook_delivery d join webhook_subscription s "
                    + "on s.id = d.subscription_id where s.chapter_id = ?1 and d.status = 'GIVEN_UP' "
                    + "and d.last_error = 'the volunteer was erased'", chapter),
                    "the delivery still pending for the away endpoint is given up");
            assertEquals(0, count("select count(*) from webhook_delivery d join webhook_subscription s "
                    + "on s.id = d.subscription_id where s.chapter_id = ?1 and cardinality(d.mentions) > 0", chapter));
            assertEquals(List.of(), webhookColumnsHolding(person));
        }
    }

    private long count(String sql, UUID chapter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, chapter).getSingleResult()).longValue());
    }

    /** The erasure scan of VolunteerErasureTest, over the webhook tables: every uuid and text column. */
    @SuppressWarnings("unchecked")
    private List<String> webhookColumnsHolding(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name, data_type from information_schema.columns
                    where table_schema = current_schema() and table_name like 'webhook%'
                      and data_type in ('uuid', 'character varying', 'text', 'jsonb', 'character', 'ARRAY')""")
                    .getResultList();
            assertTrue(columns.size() >= 8, "the webhook tables are scanned");
            List<String> holding = new java.util.ArrayList<>();
            for (Object[] c : columns) {
                boolean uuid = c[2].equals("uuid");
                var q = em.createNativeQuery("select count(*) from " + c[0] + " where " + (uuid ? c[1] + " = ?1"
                        : c[1] + "::text ilike '%' || ?1 || '%'"));
                q.setParameter(1, uuid ? id : id.toString());
                if (((Number) q.getSingleResult()).longValue() > 0) {
                    holding.add(c[0] + "." + c[1]);
                }
            }
            return holding;
        });
    }
}
