package org.lettersofhope.letter.keys;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lettersofhope.letter.support.LetterFixtures.letterBody;
import static org.lettersofhope.letter.support.RecipientFixtures.facility;
import static org.lettersofhope.letter.support.RecipientFixtures.hq;
import static org.lettersofhope.letter.support.RecipientFixtures.register;
import static org.lettersofhope.letter.support.RecipientFixtures.registration;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueANumber;
import static org.lettersofhope.letter.support.RecipientFixtures.uniqueFullName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.OwnDatabaseResource;
import org.lettersofhope.commons.testing.OwnInfraProfile;
import org.lettersofhope.devinfra.LetterKeys;
import org.lettersofhope.letter.config.RecipientKeys;
import org.lettersofhope.letter.service.ANumber;
import org.lettersofhope.letter.service.IdentifierCipher;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A rotation with letters flowing: the service runs with key version 2 current and version 1 retired, over a
 * database of its own holding recipients sealed under version 1 (as a deployment before the rotation left them).
 * While letters are logged to them, they are looked up and new recipients registered, an admin re-encrypts: every
 * request is answered as usual, every row ends under version 2, and every A-Number still finds its recipient.
 */
@QuarkusTest
@TestProfile(RecipientKeyRotationTest.Rotated.class)
class RecipientKeyRotationTest {

    private static final int OLD_ROWS = 4_000;

    public static class Rotated extends OwnInfraProfile {
        public Rotated() {
            super(RotatedKeys.class);
        }
    }

    /** The shared infrastructure with a database of this test's own, and keys of version 2 over retired 1. */
    public static class RotatedKeys extends OwnDatabaseResource {
        @Override
        protected String prefix() {
            return "letter_keys";
        }

        @Override
        protected void configure(Map<String, String> config, String database) {
            Map<String, String> current = LetterKeys.random();
            Map<String, String> retired = LetterKeys.random();
            config.put(RecipientKeys.ENCRYPTION_KEY, current.get(LetterKeys.ENCRYPTION_KEY_ENV));
            config.put(RecipientKeys.LOOKUP_KEY, current.get(LetterKeys.LOOKUP_KEY_ENV));
            config.put(RecipientKeys.KEY_VERSION, "2");
            config.put(RecipientKeys.RETIRED_KEYS, "1:" + retired.get(LetterKeys.ENCRYPTION_KEY_ENV) + ":"
                    + retired.get(LetterKeys.LOOKUP_KEY_ENV));
        }
    }

    record Old(UUID id, String fullName, String aNumber) {
    }

    @Test
    void reEncryptingWhileLettersFlowMovesEveryRowToTheNewKeyAndLookupsKeepFindingRecipients() throws Exception {
        UUID facility = facility();
        List<Old> old = seedUnderVersion1(facility);
        assertEquals(Map.of("1", OLD_ROWS), status().getMap("recipientsByVersion"));
        // Under the retired key, they read as ever.
        lookup(old.get(0).aNumber()).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(
                old.get(0).id().toString())).body("fullName", org.hamcrest.Matchers.equalTo(old.get(0).fullName()));

        AtomicBoolean flowing = new AtomicBoolean(true);
        Map<String, Integer> unexpected = new ConcurrentHashMap<>();
        List<String> registered = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> flows = new ArrayList<>();
        flows.add(pool.submit(() -> flow(flowing, () -> {
            Old o = old.get(ThreadLocalRandom.current().nextInt(old.size()));
            int s = given().header("Authorization", hq()).contentType(ContentType.JSON).body(letterBody(o.id()))
                    .post("/api/letters").statusCode();
            if (s != 201) {
                unexpected.merge("letter " + s, 1, Integer::sum);
            }
        })));
        flows.add(pool.submit(() -> flow(flowing, () -> {
            Old o = old.get(ThreadLocalRandom.current().nextInt(old.size()));
            var answer = lookup(o.aNumber());
            if (answer.statusCode() != 200 || !o.id().toString().equals(answer.path("id"))
                    || !o.fullName().equals(answer.path("fullName"))) {
                unexpected.merge("lookup " + answer.statusCode(), 1, Integer::sum);
            }
        })));
        flows.add(pool.submit(() -> flow(flowing, () -> {
            String aNumber = uniqueANumber();
            int s = register(registration(facility, uniqueFullName(), aNumber)).extract().statusCode();
            if (s == 201) {
                registered.add(aNumber);
            } else {
                unexpected.merge("registration " + s, 1, Integer::sum);
            }
        })));
        Thread.sleep(300);

        long started = System.nanoTime();
        given().header("Authorization", admin()).post("/api/admin/recipient-keys/re-encrypt").then()
                .statusCode(202).body("currentVersion", org.hamcrest.Matchers.equalTo(2));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> !status().getBoolean("running"));
        long finished = System.nanoTime();
        flowing.set(false);
        List<Long> during = new ArrayList<>();
        for (Future<List<Long>> f : flows) {
            List<Long> answered = f.get();
            long inside = answered.stream().filter(t -> t > started && t < finished).count();
            assertTrue(inside > 0, "a flow had no request answered during the " + (finished - started) / 1_000_000
                    + " ms re-encryption");
            during.add(inside);
        }
        pool.shutdown();
        System.out.printf("re-encrypted %d recipients in %d ms; letters, lookups and registrations answered "
                + "meanwhile: %s%n", OLD_ROWS, (finished - started) / 1_000_000, during);

        assertEquals(Map.of(), unexpected, "requests during the rotation answered otherwise than usual");
        JsonPath done = status();
        assertEquals(null, done.getString("failure"));
        // Registrations during the rotation were sealed under version 2 from the start.
        assertEquals(Map.of("2", OLD_ROWS + registered.size()), done.getMap("recipientsByVersion"));
        assertTrue(done.getLong("reEncrypted") >= OLD_ROWS);
        assertEquals(0, countSealedUnder(1), "a stored value still sealed under version 1");

        for (Old o : old.subList(0, 500)) { // a sample by A-Number; every row's version is checked above
            lookup(o.aNumber()).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(o.id().toString()))
                    .body("fullName", org.hamcrest.Matchers.equalTo(o.fullName()));
        }
        for (String aNumber : registered) {
            lookup(aNumber).then().statusCode(200);
        }
        // One A-Number, one recipient, across the rotation too.
        register(registration(facility, uniqueFullName(), old.get(1).aNumber())).statusCode(409);
    }

    /** Runs requests until told to stop; answers when each was answered (nanoTime). */
    private static List<Long> flow(AtomicBoolean flowing, Runnable request) {
        List<Long> answered = new ArrayList<>();
        while (flowing.get()) {
            request.run();
            answered.add(System.nanoTime());
        }
        return answered;
    }

    private static io.restassured.response.Response lookup(String aNumber) {
        return given().header("Authorization", hq()).contentType(ContentType.JSON).body(Map.of("aNumber", aNumber))
                .post("/api/recipients/lookup");
    }

    private static JsonPath status() {
        return given().header("Authorization", admin()).get("/api/admin/recipient-keys").then()
                .statusCode(200).extract().jsonPath();
    }

    private static String admin() {
        return org.lettersofhope.commons.testing.TestTokens.bearer("admin");
    }

    /** Recipients as the service stored them before the rotation: sealed and indexed under key version 1. */
    private static List<Old> seedUnderVersion1(UUID facility) {
        IdentifierCipher cipher = Arc.container().instance(IdentifierCipher.class).get();
        RecipientKeys.Version v1 = Arc.container().instance(RecipientKeys.class).get().version(1).orElseThrow();
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        List<Old> old = new ArrayList<>();
        for (int i = 0; i < OLD_ROWS; i++) {
            old.add(new Old(UUID.randomUUID(), uniqueFullName(), uniqueANumber()));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "insert into recipient (id, display_name, full_name_enc, a_number_enc, a_number_lookup, "
                            + "preferred_language, facility_id, custody_status, consents_to_letters, created_at, "
                            + "updated_at, key_version) values (?, ?, ?, ?, ?, 'es', ?, 'DETAINED', true, now(), "
                            + "now(), 1)")) {
                for (Old o : old) {
                    String digits = ANumber.parse(o.aNumber()).orElseThrow().digits();
                    insert.setObject(1, o.id());
                    insert.setString(2, "Ana Q.");
                    insert.setBytes(3, cipher.encrypt(o.fullName(), "recipient/" + o.id() + "/full_name", v1));
                    insert.setBytes(4, cipher.encrypt(digits, "recipient/" + o.id() + "/a_number", v1));
                    insert.setBytes(5, cipher.lookup(ANumber.parse(o.aNumber()).orElseThrow(), v1));
                    insert.setObject(6, facility);
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return old;
    }

    private static long countSealedUnder(int version) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select count(*) from recipient where get_byte(full_name_enc, 0) = ? "
                            + "or get_byte(a_number_enc, 0) = ?")) {
                ps.setInt(1, version);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

}
