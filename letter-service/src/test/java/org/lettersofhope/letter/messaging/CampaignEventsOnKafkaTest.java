package org.lettersofhope.letter.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lettersofhope.letter.support.CampaignFixtures.campaignForm;
import static org.lettersofhope.letter.support.CampaignFixtures.draft;
import static org.lettersofhope.letter.support.CampaignFixtures.officialForm;
import static org.lettersofhope.letter.support.CampaignFixtures.today;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.letter.support.PenPalFixtures;
import org.lettersofhope.letter.support.RecipientFixtures;
import org.lettersofhope.shared.event.EventCodec;
import org.lettersofhope.shared.event.EventEnvelope;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Topics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What letter-service really puts on the broker about campaigns, advocacy pieces, reimbursements and pen pals: ids,
 * enums, counts, dates and region, keyed by the aggregate; never names, addresses, wording, receipts or reasons.
 */
@QuarkusTest
class CampaignEventsOnKafkaTest {

    final String marker = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");

    static List<ConsumerRecord<String, byte[]>> records(String topic, Set<String> keys, int atLeast) {
        return KafkaTestClient.readUntil(topic,
                seen -> seen.stream().filter(r -> keys.contains(r.key())).count() >= atLeast, Duration.ofSeconds(20))
                .stream().filter(r -> keys.contains(r.key())).toList();
    }

    void assertNoPrivateText(List<ConsumerRecord<String, byte[]>> records, List<String> secrets) {
        for (ConsumerRecord<String, byte[]> record : records) {
            String raw = new String(record.value(), StandardCharsets.UTF_8);
            StringBuilder headers = new StringBuilder();
            record.headers().forEach(h -> headers.append(new String(h.value(), StandardCharsets.UTF_8)));
            for (String secret : secrets) {
                assertFalse(raw.contains(secret), "record carries private text: " + secret + " in " + raw);
                assertFalse(headers.toString().contains(secret), "headers carry private text: " + secret);
            }
            EventEnvelope event = EventCodec.decode(record.value());
            assertEquals(record.key(), event.partitionkey());
        }
    }

    static Set<String> fields(ConsumerRecord<String, byte[]> record) {
        Set<String> fields = new TreeSet<>();
        EventCodec.decode(record.value()).data().fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    static String type(ConsumerRecord<String, byte[]> record) {
        return EventCodec.decode(record.value()).type();
    }

    @Test
    void campaignAndAdvocacyEventsCarryIdsCountsAndDatesOnly() {
        Map<String, Object> official = officialForm();
        official.put("name", "Official " + marker);
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new HashMap<>((Map<String, Object>) official.get("mailingAddress"));
        address.put("line1", marker + " Pennsylvania Ave");
        official.put("mailingAddress", address);
        String target = as(hq()).contentType(ContentType.JSON).body(official).when().post("/api/officials")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> form = campaignForm("ADVOCACY", target);
        form.put("name", "Campaign " + marker);
        form.put("description", "Description " + marker);
        form.put("callToAction", "Act " + marker);
        form.put("hashtags", List.of(marker));
        form.put("talkingPoints", List.of(Map.of("heading", "Heading " + marker, "points", List.of("Point " + marker))));
        form.put("mailingInstructions", "Mail " + marker);
        String campaign = draft(form);
        as(hq()).when().post("/api/campaigns/" + campaign + "/publish").then().statusCode(200);
        String log = as(volunteer(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(Map.of("targetId", target, "pieceKind", "POSTCARD", "count", 7, "sentOn", today().toString(),
                        "region", "US-NM"))
                .when().post("/api/campaigns/" + campaign + "/advocacy-pieces").then().statusCode(201)
                .extract().path("id");
        as(hq()).when().post("/api/campaigns/" + campaign + "/close").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> campaignRecords = records(Topics.CAMPAIGNS, Set.of(campaign), 2);
        List<ConsumerRecord<String, byte[]>> logRecords = records(Topics.LETTERS, Set.of(log), 1);
        List<String> secrets = List.of(marker, "Pennsylvania", "Description", "Talking", "Heading");
        assertNoPrivateText(campaignRecords, secrets);
        assertNoPrivateText(logRecords, secrets);

        assertEquals(List.of(EventTypes.CAMPAIGN_PUBLISHED.name(), EventTypes.CAMPAIGN_CLOSED.name()),
                campaignRecords.stream().map(CampaignEventsOnKafkaTest::type).toList());
        assertEquals(Set.of("campaignId", "slug", "kind", "goal", "startsOn", "endsOn", "targetIds", "publishedAt"),
                fields(campaignRecords.get(0)));
        assertEquals(Set.of("campaignId", "kind", "closedAt"), fields(campaignRecords.get(1)));
        assertEquals(Set.of("logId", "campaignId", "targetId", "pieceKind", "count", "volunteerId", "chapterId",
                "region", "sentOn", "loggedAt"), fields(logRecords.get(0)));
        EventEnvelope logged = EventCodec.decode(logRecords.get(0).value());
        assertEquals(EventTypes.ADVOCACY_PIECES_LOGGED.name(), logged.type());
        assertEquals(7, logged.data().get("count").asInt());
        assertEquals("US-NM", logged.data().get("region").asText());
    }

    @Test
    void reimbursementEventsCarryNoReceiptOrReason() {
        UUID volunteer = UUID.randomUUID();
        String approved = as(volunteer(volunteer)).contentType(ContentType.JSON)
                .body(Map.of("amountCents", 2500, "currency", "USD", "receiptReference", "Receipt " + marker,
                        "items", List.of(Map.of("kind", "POSTAGE", "quantity", 1, "amountCents", 2500))))
                .when().post("/api/reimbursements").then().statusCode(201).extract().path("id");
        as(hq()).when().post("/api/reimbursements/" + approved + "/approve").then().statusCode(200);
        as(hq()).when().post("/api/reimbursements/" + approved + "/mark-paid").then().statusCode(200);
        String rejected = as(volunteer(volunteer)).contentType(ContentType.JSON)
                .body(Map.of("amountCents", 1200, "currency", "USD", "receiptReference", "Receipt " + marker,
                        "items", List.of(Map.of("kind", "STAMPS", "quantity", 10, "amountCents", 1200))))
                .when().post("/api/reimbursements").then().statusCode(201).extract().path("id");
        as(hq()).contentType(ContentType.JSON).body(Map.of("reason", "Reason " + marker))
                .when().post("/api/reimbursements/" + rejected + "/reject").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = records(Topics.REIMBURSEMENTS, Set.of(approved, rejected), 6);
        assertNoPrivateText(records, List.of(marker, "Receipt", "Reason"));
        List<String> decisions = records.stream().filter(r -> r.key().equals(approved))
                .map(r -> EventCodec.decode(r.value()).data().path("decision").asText()).toList();
        assertEquals(List.of("", "APPROVED", "PAID"), decisions);
        assertEquals(Set.of("reimbursementId", "volunteerId", "amountCents", "currency", "requestedAt"),
                fields(records.get(0)));
        assertEquals(Set.of("reimbursementId", "volunteerId", "decision", "amountCents", "currency", "decidedAt"),
                fields(records.stream().filter(r -> r.key().equals(rejected)).toList().get(1)));
    }

    @Test
    void penPalEventsCarryIdsAndTheLanguageOnly() {
        String fullName = RecipientFixtures.uniqueFullName();
        String aNumber = RecipientFixtures.uniqueANumber();
        Map<String, Object> body = RecipientFixtures.registration(RecipientFixtures.facility(), fullName, aNumber);
        UUID recipient = UUID.fromString(RecipientFixtures.register(body).statusCode(201).extract().path("id"));
        UUID writer = PenPalFixtures.eligibleWriter("es");
        String match = PenPalFixtures.matched(writer, recipient);
        PenPalFixtures.end(match, "NO_REPLIES").statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = records(Topics.RECIPIENTS, Set.of(match), 2);
        String surname = fullName.substring(fullName.indexOf(' ') + 1);
        assertNoPrivateText(records, List.of(fullName, surname, aNumber, aNumber.substring(1)));
        assertEquals(List.of(EventTypes.PEN_PAL_MATCHED.name(), EventTypes.PEN_PAL_ENDED.name()),
                records.stream().map(CampaignEventsOnKafkaTest::type).toList());
        assertEquals(Set.of("matchId", "writerId", "recipientId", "language", "matchedAt"), fields(records.get(0)));
        assertEquals(Set.of("matchId", "writerId", "recipientId", "reason", "endedAt"), fields(records.get(1)));
    }
}
