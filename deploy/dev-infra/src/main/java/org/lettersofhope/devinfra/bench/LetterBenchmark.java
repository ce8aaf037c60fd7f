package org.lettersofhope.devinfra.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.LetterKeys;
import org.lettersofhope.devinfra.ServiceProcess;

/**
 * The letter-service benchmark ({@code deploy/bench/letter-service}): registers 100,000 detained recipients through
 * the API (their names and A-Numbers encrypted as in production), then measures finding one by A-Number, logging
 * letters at a fixed rate and moving letters along their lifecycle. Latencies are server-side, from the
 * Server-Timing header.
 */
public final class LetterBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] FIRST = { "Ana", "Jose", "Fatima", "Omar", "Lucia", "Samuel", "Mariam", "Luis" };
    private static final String[] LAST = { "Lopez", "Haddad", "Okafor", "Silva", "Nguyen", "Diallo", "Ruiz" };
    private static final String[] LANGUAGES = { "es", "en", "fr", "ar", "ht", "pt" };

    private LetterBenchmark() {
    }

    static void run(InfraState infra, ServiceProcess service, int recipients, double logRate, Duration logDuration,
            PrintStream out) throws Exception {
        String base = service.baseUrl();
        String hq = "Bearer " + DevTokens.sign(infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("coordinator", "headquarters"), null, Duration.ofHours(2));
        HttpClient http = HttpClient.newHttpClient();
        LoadClient load = new LoadClient();

        String facility = create(http, base + "/api/facilities", hq, """
                {"name":"Otay Mesa Detention Center","operator":"CoreCivic","forProfit":true,
                 "addressLine1":"7488 Calzada de la Fuente","city":"San Diego","region":"US-CA",
                 "postalCode":"92154","refusedItems":["GLITTER"]}""");

        // Registering is not a target: it loads the data the lookups search, as fast as 16 clients get answers.
        long t0 = System.nanoTime();
        int failed = loadRecipients(http, base, hq, facility, recipients, 16);
        long stored = count(infra, "select count(*) from recipient");
        out.printf(Locale.ROOT, "[bench] registered %d recipients through the API in %.1f s (%d refused)%n", stored,
                (System.nanoTime() - t0) / 1e9, failed);

        Random random = new Random(7);
        int known = (int) Math.min(stored, recipients);
        IntFunction<LoadClient.Request> lookup = i -> load.request(base + "/api/recipients/lookup")
                .header("Authorization", hq).header("Content-Type", "application/json")
                .POST("{\"aNumber\":\"" + aNumber(random.nextInt(known)) + "\"}").build();
        load.run(100, Duration.ofSeconds(5), 32, lookup); // warm-up
        LoadClient.Result looked = load.run(200, Duration.ofSeconds(20), 64, lookup);
        out.println("[bench] " + looked.summary("find a recipient by A-Number among " + stored
                + " at 200/s (target p99 < 10 ms server-side)"));

        List<String> recipientIds = ids(infra, "select id from recipient limit 5000");
        IntFunction<LoadClient.Request> log = i -> load.request(base + "/api/letters")
                .header("Authorization", hq).header("Content-Type", "application/json")
                .POST(String.format(Locale.ROOT,
                        "{\"kind\":\"LETTER\",\"origin\":\"PEN_PAL\",\"recipientId\":\"%s\",\"writerId\":\"%s\"}",
                        recipientIds.get(i % recipientIds.size()), UUID.randomUUID())).build();
        // Twice the usual warm-up: with a compile log, C2 was still busy for 10-30% of the time in the second minute
        // of this load (the relay's Kafka producer code gets hot slowly), and each large compile held a core for
        // 0.3-0.8 s, which at 1,500 letters/s on two cores shows up as a burst of slow answers.
        load.run(logRate, LoadClient.WARM_UP.multipliedBy(2), 256, log);
        LoadClient.Result logged = load.run(logRate, logDuration, 256, log);
        out.println("[bench] " + logged.summary("log a letter at " + (int) logRate
                + "/s (targets: served >= the database-alone maximum, p99 <= 50 ms)"));
        // The same statements straight on the same server, now that the service is idle: the physical limit.
        DatabaseAlone.Figures alone = new DatabaseAlone(infra.jdbcUrl("letter"), infra.postgresUser(),
                "letter", "letter_transition", "outbox_event")
                .measure((c, i) -> logLetterAlone(c, recipientIds.get(i % recipientIds.size())), 8, logRate,
                        Duration.ofSeconds(20));
        out.println(DatabaseAlone.ratios("log a letter", alone, logged));

        VolunteerBenchmark.awaitOutboxDrained(infra, "letter", out);
        List<String> received = ids(infra, "select id from letter where status = 'RECEIVED' limit 12000");
        // Each letter moves once: the warm-up takes the first quarter, the measurement the rest.
        int warmUps = received.size() / 4;
        IntFunction<IntFunction<LoadClient.Request>> approve = offset -> i -> load.request(base + "/api/letters/"
                + received.get(offset + i) + "/transitions").header("Authorization", hq)
                .header("Content-Type", "application/json")
                .POST("{\"to\":\"APPROVED\"}").build();
        load.run(300, Duration.ofMillis(warmUps * 1000L / 300), 64, approve.apply(0));
        // The fixed-rate loop may start one request more than the duration suggests: leave a gap.
        int first = warmUps + 10;
        LoadClient.Result approved = load.run(300, Duration.ofMillis(Math.min(20_000,
                (received.size() - first - 10) * 1000L / 300)), 64, approve.apply(first));
        out.println("[bench] " + approved.summary("status transition RECEIVED → APPROVED at 300/s "
                + "(target p99 < 20 ms server-side)"));
    }

    /**
     * What letter-service's database does for a letter headquarters logs: the recipient's card (RecipientRepository
     * .card) and the letter, its first transition and its outbox row in one statement (LetterRepository.insertNew).
     */
    private static void logLetterAlone(Connection c, String recipient) throws java.sql.SQLException {
        UUID recipientId = UUID.fromString(recipient);
        String facility;
        String region;
        try (java.sql.PreparedStatement card = c.prepareStatement("select r.id, r.display_name, "
                + "r.preferred_language, r.custody_status, r.consents_to_letters, r.facility_id, f.region "
                + "from recipient r join facility f on f.id = r.facility_id where r.id = any(?)")) {
            card.setArray(1, c.createArrayOf("uuid", new Object[] { recipientId }));
            try (ResultSet rs = card.executeQuery()) {
                rs.next();
                facility = rs.getString(6);
                region = rs.getString(7);
            }
        }
        UUID letter = UUID.randomUUID();
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        try (java.sql.PreparedStatement ps = c.prepareStatement("with l as (insert into letter (id, kind, origin, "
                + "status, status_reason, recipient_id, facility_id, writer_id, chapter_id, campaign_id, region, "
                + "note_text, note_writer_name, note_language, created_at, updated_at, version) values (?, 'LETTER', "
                + "'PEN_PAL', 'RECEIVED', null, ?, ?, ?, null, null, ?, null, null, null, ?, ?, 0) returning id), "
                + "o as (insert into outbox_event (id, aggregate_type, aggregate_id, event_type, topic, envelope, "
                + "created_at) values (?, 'letter', ?, 'org.lettersofhope.letter.logged.v1', 'letter.letters.v1', ?, ?)) "
                + "insert into letter_transition (id, letter_id, from_status, to_status, reason, changed_by, "
                + "changed_at) select ?, id, null, 'RECEIVED', null, 'bench', ? from l")) {
            ps.setObject(1, letter);
            ps.setObject(2, recipientId);
            ps.setObject(3, UUID.fromString(facility));
            ps.setObject(4, UUID.randomUUID());
            ps.setString(5, region);
            ps.setTimestamp(6, now);
            ps.setTimestamp(7, now);
            ps.setObject(8, UUID.randomUUID());
            ps.setString(9, letter.toString());
            ps.setString(10, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":"
                    + "\"/letter-service\",\"type\":\"org.lettersofhope.letter.logged.v1\",\"time\":\"" + now.toInstant()
                    + "\",\"subject\":\"letter/" + letter + "\",\"datacontenttype\":\"application/json\",\"data\":"
                    + "{\"letterId\":\"" + letter + "\",\"kind\":\"LETTER\",\"origin\":\"PEN_PAL\",\"region\":\""
                    + region + "\"}}");
            ps.setTimestamp(11, now);
            ps.setObject(12, UUID.randomUUID());
            ps.setTimestamp(13, now);
            ps.executeUpdate();
        }
    }

    private static int loadRecipients(HttpClient http, String base, String hq, String facility, int n, int clients)
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/recipients"))
                                .header("Authorization", hq).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(recipient(i, facility))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        return failed.get();
    }

    private static String recipient(int i, String facility) {
        Random r = new Random(i);
        return String.format(Locale.ROOT, """
                {"fullName":"%s %s %s","aNumber":"%s","preferredLanguage":"%s","facilityId":"%s",
                 "consentsToLetters":true}""", FIRST[r.nextInt(FIRST.length)], FIRST[r.nextInt(FIRST.length)],
                LAST[r.nextInt(LAST.length)], aNumber(i), LANGUAGES[r.nextInt(LANGUAGES.length)], facility);
    }

    /** Distinct, well-formed A-Numbers: the i-th recipient's, in the dashed form people write. */
    static String aNumber(int i) {
        String digits = Integer.toString(200_000_000 + i);
        return "A" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    private static String create(HttpClient http, String url, String token, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("could not create " + url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static long count(InfraState infra, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("letter"), infra.postgresUser(), "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> ids(InfraState infra, String sql) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("letter"), infra.postgresUser(), "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    static Map<String, String> serviceEnv(InfraState infra, int port) {
        Map<String, String> env = ServiceProcess.environment(infra, "letter", port);
        env.put("LETTERS_RATE_LIMIT", "1000000000");
        env.put("LETTERS_RATE_LIMIT_READS", "1000000000");
        env.putAll(LetterKeys.random());
        return env;
    }
}
