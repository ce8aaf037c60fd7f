package org.lettersofhope.letter.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.LetterFixtures.addToBatch;
import static org.lettersofhope.letter.support.LetterFixtures.apiKey;
import static org.lettersofhope.letter.support.LetterFixtures.as;
import static org.lettersofhope.letter.support.LetterFixtures.coordinatorOf;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.LetterFixtures.log;
import static org.lettersofhope.letter.support.LetterFixtures.mail;
import static org.lettersofhope.letter.support.LetterFixtures.openBatch;
import static org.lettersofhope.letter.support.LetterFixtures.seal;
import static org.lettersofhope.letter.support.LetterFixtures.transition;
import static org.lettersofhope.letter.support.LetterFixtures.volunteer;
import static org.lettersofhope.letter.support.PenPalFixtures.penPal;
import static org.lettersofhope.letter.support.RecipientFixtures.changeCustody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.register;
import static org.lettersofhope.letter.support.RecipientFixtures.registration;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.KafkaTestClient;
import org.lettersofhope.shared.event.Topics;
import org.lettersofhope.shared.event.access.ApiKeyScope;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A recipient's full name and A-Number reach headquarters and nobody else: not another caller's response, not a log
 * line, not a Kafka record; in the database they are ciphertext.
 */
@QuarkusTest
class RecipientPrivacyTest {

    @Inject
    EntityManager em;

    final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " ");
            line.append(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            logLines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        java.util.logging.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger("").removeHandler(capture);
    }

    String fullName;
    String digits;
    List<String> secrets;

    void secretsOf(String name, String aNumber) {
        fullName = name;
        digits = aNumber.substring(1);
        // The surname is ten random letters and the digits nine: neither turns up in other data by chance.
        secrets = List.of(fullName, fullName.substring(4), digits,
                digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6));
    }

    void assertClean(String where, String text) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), where + " carries a recipient identifier: " + text);
        }
    }

    @Test
    void identifiersReachHeadquartersAndNoOneElseNorAnyLogOrRecord() {
        Logger.getLogger(RecipientPrivacyTest.class).info("log capture is on");
        UUID chapter = UUID.randomUUID();
        String aNumber = uniqueANumber();
        secretsOf(uniqueFullName(), aNumber);
        UUID facility = facility();
        UUID newFacility = facility();
        String spelled = "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
        UUID recipient = UUID.fromString(register(registration(facility, fullName, spelled)).statusCode(201)
                .extract().path("id"));
        UUID writer = penPal(chapter, recipient).writer();
        // headquarters sees them
        String hqView = given().header("Authorization", hq()).when().get("/api/recipients/" + recipient)
                .then().statusCode(200).extract().asString();
        assertTrue(hqView.contains(fullName) && hqView.contains(digits));
        given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("aNumber", spelled))
                .when().post("/api/recipients/lookup").then().statusCode(200);
        register(registration(facility, fullName, aNumber)).statusCode(409);

        // the letter's whole way, and a reply
        Map<String, Object> body = letterBody(recipient);
        body.put("chapterId", chapter.toString());
        UUID letter = UUID.fromString(log(coordinatorOf(chapter), body).statusCode(201).extract().path("id"));
        body.remove("chapterId");
        UUID own = UUID.fromString(log(volunteer(writer), body).statusCode(201).extract().path("id"));
        transition(letter, "RECEIVED", null).statusCode(200);
        transition(letter, "APPROVED", null).statusCode(200);
        UUID batch = openBatch(facility);
        addToBatch(batch, letter).statusCode(200);
        seal(batch).statusCode(200);
        mail(batch, 73, "USD").statusCode(200);
        transition(own, "RECEIVED", null).statusCode(200);
        String reply = given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("recipientId", recipient.toString(), "writerId", writer.toString(),
                        "receivedOn", LocalDate.now().toString(), "language", "es", "needsTranslation", true))
                .when().post("/api/replies").then().statusCode(201).extract().path("id");
        changeCustody(recipient, "TRANSFERRED", newFacility).statusCode(200);
        changeCustody(recipient, "DEPORTED", null).statusCode(200);

        // what everyone else is answered
        List<String> answers = new ArrayList<>();
        String partner = apiKey(ApiKeyScope.PARTNER, chapter);
        for (String credential : List.of(volunteer(writer), coordinatorOf(chapter), partner)) {
            answers.add(as(credential).when().get("/api/letters/" + own).then().extract().asString());
            answers.add(as(credential).when().get("/api/letters/" + letter).then().extract().asString());
            answers.add(as(credential).when().get("/api/letters/" + letter + "/transitions").then().extract()
                    .asString());
            answers.add(as(credential).when().get("/api/letters?recipientId=" + recipient).then().extract()
                    .asString());
            answers.add(as(credential).when().get("/api/recipients/" + recipient).then().statusCode(403).extract()
                    .asString());
            answers.add(as(credential).contentType(ContentType.JSON).body(Map.of("aNumber", spelled))
                    .when().post("/api/recipients/lookup").then().statusCode(403).extract().asString());
        }
        answers.add(as(volunteer(writer)).when().get("/api/me/replies").then().statusCode(200).extract().asString());
        answers.add(as(volunteer(writer)).when().get("/api/replies/" + reply).then().statusCode(200).extract()
                .asString());
        answers.add(given().contentType(ContentType.JSON).body(Map.of("text", "Hola", "language", "es"))
                .when().post("/api/quick-notes").then().extract().asString());
        // a bad A-Number is not echoed back
        answers.add(given().header("Authorization", hq()).contentType(ContentType.JSON)
                .body(Map.of("aNumber", digits + "X")).when().post("/api/recipients/lookup").then().statusCode(400)
                .extract().asString());
        answers.add(register(registration(facility, fullName + "<", aNumber)).statusCode(400).extract().asString());
        for (String answer : answers) {
            assertClean("a response to someone other than headquarters", answer);
        }

        // Kafka: every record about this recipient, their letters, the batch and the reply
        Set<String> keys = Set.of(recipient.toString(), letter.toString(), own.toString(), batch.toString(), reply);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        records.addAll(KafkaTestClient.readUntil(Topics.LETTERS, seen -> seen.stream()
                .map(ConsumerRecord::key).filter(keys::contains).distinct().count() >= 4, Duration.ofSeconds(20)));
        records.addAll(KafkaTestClient.readUntil(Topics.RECIPIENTS, seen -> seen.stream()
                .filter(r -> r.key().equals(recipient.toString())).count() >= 2, Duration.ofSeconds(20)));
        Set<String> seenKeys = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!keys.contains(record.key())) {
                continue;
            }
            seenKeys.add(record.key());
            assertClean("a Kafka record", new String(record.value(), StandardCharsets.UTF_8));
            record.headers().forEach(h -> assertClean("a Kafka header", h.key() + "="
                    + new String(h.value(), StandardCharsets.UTF_8)));
        }
        assertEquals(keys, seenKeys);

        // logs
        assertTrue(logLines.stream().anyMatch(l -> l.contains("log capture is on")), "the capture works");
        synchronized (logLines) {
            for (String line : logLines) {
                assertClean("a log line", line);
            }
        }
    }

    @Test
    void theDatabaseHoldsCiphertextOnly() {
        String aNumber = uniqueANumber();
        secretsOf(uniqueFullName(), aNumber);
        UUID facility = facility();
        UUID first = UUID.fromString(register(registration(facility, fullName, aNumber)).statusCode(201)
                .extract().path("id"));
        UUID second = UUID.fromString(register(registration(facility, fullName, uniqueANumber())).statusCode(201)
                .extract().path("id"));

        List<String> types = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select data_type from information_schema.columns where table_name = 'recipient' "
                        + "and column_name in ('full_name_enc', 'a_number_enc', 'a_number_lookup')").getResultList());
        assertEquals(List.of("bytea", "bytea", "bytea"), types);

        Object[] row = row(first);
        byte[] name = (byte[]) row[0];
        byte[] number = (byte[]) row[1];
        byte[] lookup = (byte[]) row[2];
        for (byte[] stored : List.of(name, number, lookup)) {
            String asText = new String(stored, StandardCharsets.ISO_8859_1);
            assertClean("a stored column", asText);
            assertFalse(asText.contains(fullName.substring(4)));
        }
        assertEquals(1, name[0], "version byte");
        assertEquals(1 + 12 + fullName.getBytes(StandardCharsets.UTF_8).length + 16, name.length);
        assertEquals(1 + 12 + 9 + 16, number.length);
        assertEquals(32, lookup.length);
        // the same name encrypts differently each time (random nonce)
        assertNotEquals(new String(name, StandardCharsets.ISO_8859_1),
                new String((byte[]) row(second)[0], StandardCharsets.ISO_8859_1));
        // nothing else in the row carries it either
        String others = QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select concat_ws('|', display_name, preferred_language, custody_status) from recipient where id = ?1")
                .setParameter(1, first).getSingleResult()));
        assertClean("the recipient's other columns", others);
    }

    Object[] row(UUID recipient) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select full_name_enc, a_number_enc, a_number_lookup from recipient where id = ?1")
                .setParameter(1, recipient).getSingleResult());
    }
}
