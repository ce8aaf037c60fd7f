package org.lettersofhope.devinfra.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.ServiceProcess;

/**
 * The volunteer-service benchmark ({@code deploy/bench/volunteer-service}): imports 100,000 volunteers from one CSV
 * file, then measures a coordinator's filtered searches and the public intake at a fixed rate. Latencies are
 * server-side, from the Server-Timing header. Needs a running infrastructure; {@link BenchMain} provides it.
 */
public final class VolunteerBenchmark {

    static final String[] REGIONS = { "US-CA", "US-TX", "US-AZ", "US-NM", "US-GA", "US-NY", "US-FL", "US-IL",
            "US-WA", "US-LA" };
    static final String[] LANGUAGES = { "en", "es", "fr", "pt", "ar", "ht", "zh", "ru" };
    static final String[] ROLES = { "WEEKLY_LETTER_WRITER", "QUICK_NOTES", "EVENT_HOST", "ORGANIZING_COMMITTEE",
            "VIRTUAL_VOLUNTEER", "CHAPTER_FOUNDER" };
    static final String[] SKILLS = { "translation", "data entry", "design", "social media", "legal", "fundraising",
            "teaching", "photography", "spanish tutoring", "event planning" };
    static final String[] AVAILABILITY = { "WEEKDAY_MORNINGS", "WEEKDAY_AFTERNOONS", "WEEKDAY_EVENINGS",
            "WEEKEND_MORNINGS", "WEEKEND_AFTERNOONS", "WEEKEND_EVENINGS" };
    static final String[] FIRST = { "Maria", "Ana", "Jose", "Luis", "Fatima", "Chen", "Olga", "Samuel", "Grace",
            "Omar", "Lucia", "Pierre" };
    static final String[] LAST = { "Lopez", "Diaz", "Nguyen", "Haddad", "Okafor", "Silva", "Kowalski", "Martin",
            "Cohen", "Rossi", "Ibrahim", "Smith" };

    private VolunteerBenchmark() {
    }

    static void run(InfraState infra, ServiceProcess service, int volunteers, Duration intakeDuration,
            double intakeRate, PrintStream out) throws Exception {
        String base = service.baseUrl();
        String hq = "Bearer " + DevTokens.sign(infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("coordinator", "headquarters"), null, Duration.ofHours(2));
        HttpClient http = HttpClient.newHttpClient();

        Path csv = Files.createTempFile("volunteers-", ".csv");
        writeCsv(csv, volunteers, new Random(42));
        out.printf(Locale.ROOT, "[bench] CSV of %d volunteers: %.1f MiB%n", volunteers, Files.size(csv) / 1048576.0);
        long t0 = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(java.net.URI.create(base
                + "/api/volunteers/import")).header("Authorization", hq).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        Files.delete(csv);
        out.printf(Locale.ROOT, "[bench] import: HTTP %d in %.1f s (target < 60 s): %s%n", imported.statusCode(),
                importSeconds, imported.body().length() > 200 ? imported.body().substring(0, 200) : imported.body());

        awaitOutboxDrained(infra, "volunteer", out);
        LoadClient load = new LoadClient(LoadClient.PUBLIC_SENDERS);
        String[] searches = {
                "role=WEEKLY_LETTER_WRITER&language=es&region=US-CA",
                "skill=translation&availability=WEEKDAY_EVENINGS",
                "language=ar&status=APPLIED&sort=lastName",
                "q=lopez",
                "q=mar&region=US-TX",
                "region=US-NY&minHoursPerWeek=10&sort=-updatedAt",
                "role=EVENT_HOST&skill=design&size=50",
                "updatedSince=" + java.time.Instant.now().minusSeconds(3600) + "&sort=updatedAt&size=100",
                "language=ht&role=QUICK_NOTES&page=3",
        };
        IntFunction<LoadClient.Request> search = i -> load.request(base + "/api/volunteers?" + searches[i % searches.length])
                .header("Authorization", hq).GET().build();
        load.run(50, Duration.ofSeconds(5), 32, search); // warm-up
        LoadClient.Result searched = load.run(50, Duration.ofSeconds(20), 64, search);
        out.println("[bench] " + searched.summary("filtered search at 50/s (target p99 < 50 ms server-side)"));

        IntFunction<LoadClient.Request> intake = i -> load.request(base + "/api/volunteers")
                .header("Content-Type", "application/json")
                .POST(signUp(i)).build();
        load.run(intakeRate, LoadClient.WARM_UP, 256, intake);
        LoadClient.Result signedUp = load.run(intakeRate, intakeDuration, 256, intake);
        out.println("[bench] " + signedUp.summary("public intake at " + (int) intakeRate
                + "/s (targets: served >= the database-alone maximum, p99 <= 50 ms)"));
        // The sign-up's own transaction straight on the same server (not the rate limiter's, which comes on top).
        DatabaseAlone.Figures alone = new DatabaseAlone(infra.jdbcUrl("volunteer"), infra.postgresUser(),
                "email_confirmation").measure(VolunteerBenchmark::signUpAlone, 8, intakeRate, Duration.ofSeconds(20));
        out.println(DatabaseAlone.ratios("sign up", alone, signedUp));
    }

    /** Events are relayed to Kafka in the background; measure once a backlog is gone, as in steady state. */
    static void awaitOutboxDrained(InfraState infra, String database, PrintStream out) throws Exception {
        long start = System.nanoTime();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(infra.jdbcUrl(database),
                infra.postgresUser(), "")) {
            while (true) {
                try (java.sql.ResultSet rs = c.createStatement()
                        .executeQuery("select count(*) from outbox_event where published_at is null")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(500);
            }
        }
        out.printf(Locale.ROOT, "[bench] the backlog of events was relayed to Kafka in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * What volunteer-service's database does for a sign-up (SignUpService.submit): the address's advisory lock, its
     * open links counted, a volunteer looked up by it, and the confirmation link written with the form.
     */
    private static void signUpAlone(java.sql.Connection c, int i) throws java.sql.SQLException {
        String email = "alone." + UUID.randomUUID() + "@example.org";
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        try (java.sql.PreparedStatement lock = c.prepareStatement(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "volunteer-email:" + email);
            lock.execute();
        }
        try (java.sql.PreparedStatement open = c.prepareStatement("select count(*) from email_confirmation "
                + "where email = ? and purpose = 'SIGN_UP' and expires_at > ?")) {
            open.setString(1, email);
            open.setTimestamp(2, now);
            open.executeQuery().close();
        }
        try (java.sql.PreparedStatement known = c.prepareStatement("select * from volunteer where email = ?")) {
            known.setString(1, email);
            known.executeQuery().close();
        }
        try (java.sql.PreparedStatement link = c.prepareStatement("insert into email_confirmation (id, purpose, "
                + "token_sha256, email, sign_up, rsvp_id, created_at, expires_at) values (?, 'SIGN_UP', ?, ?, ?, null, "
                + "?, ?)")) {
            link.setObject(1, UUID.randomUUID());
            link.setString(2, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString()
                    .replace("-", ""));
            link.setString(3, email);
            link.setString(4, signUp(i));
            link.setTimestamp(5, now);
            link.setTimestamp(6, new java.sql.Timestamp(now.getTime() + 86_400_000L));
            link.executeUpdate();
        }
    }

    static String signUp(int i) {
        Random r = new Random(i);
        return String.format(Locale.ROOT, """
                {"firstName":"%s","lastName":"%s","email":"load.%s@example.org","postalCode":"%05d",
                 "region":"%s","languages":["%s"],"roles":["%s"],"contactConsent":true}""",
                FIRST[r.nextInt(FIRST.length)], LAST[r.nextInt(LAST.length)], UUID.randomUUID(),
                r.nextInt(99999), REGIONS[r.nextInt(REGIONS.length)], LANGUAGES[r.nextInt(LANGUAGES.length)],
                ROLES[r.nextInt(ROLES.length)]);
    }

    static void writeCsv(Path file, int rows, Random r) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            out.print("firstName,lastName,email,postalCode,city,region,languages,roles,skills,hoursPerWeek,"
                    + "availability,contactConsent\n");
            for (int i = 0; i < rows; i++) {
                out.printf(Locale.ROOT, "%s,%s,v%d.%s@example.org,%05d,Springfield,%s,%s;%s,%s,%s,%d,%s,yes%n",
                        FIRST[r.nextInt(FIRST.length)], LAST[r.nextInt(LAST.length)], i,
                        Integer.toHexString(r.nextInt()), r.nextInt(99999), REGIONS[r.nextInt(REGIONS.length)],
                        LANGUAGES[r.nextInt(LANGUAGES.length)], LANGUAGES[r.nextInt(LANGUAGES.length)],
                        ROLES[r.nextInt(ROLES.length)], SKILLS[r.nextInt(SKILLS.length)], r.nextInt(20),
                        AVAILABILITY[r.nextInt(AVAILABILITY.length)]);
            }
        }
    }

    static Map<String, String> serviceEnv(InfraState infra, int port) {
        Map<String, String> env = ServiceProcess.environment(infra, "volunteer", port);
        // The benchmark is one client address sending far more than a person would.
        env.put("LETTERS_RATE_LIMIT", "1000000000");
        env.put("LETTERS_RATE_LIMIT_READS", "1000000000");
        env.putAll(org.lettersofhope.devinfra.WebhookSealingKey.random());
        return env;
    }
}
