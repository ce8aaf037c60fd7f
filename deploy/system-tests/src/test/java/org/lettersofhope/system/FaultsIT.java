package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.devinfra.KafkaProcess;
import org.lettersofhope.devinfra.Mailbox;
import org.lettersofhope.devinfra.PostgresCrash;
import org.lettersofhope.shared.event.Topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Faults in the build: the packaged services run as processes while client threads post report-backs (to
 * tally-service), letters (to letter-service) and sign-ups (to volunteer-service), each request retried with its own
 * Idempotency-Key until it is answered. One after another, tally-service is killed and restarted; the broker is
 * killed and restarted on the same data and ports; PostgreSQL is crashed (immediate stop) and restarted; a second
 * instance of tally-service and of letter-service is started and the first of each killed. After each fault the
 * load stops, and every acknowledged request is looked up by key in what tally-service counted: none lost, none
 * counted twice. One line per fault gives the figures.
 *
 * <p>The services use a broker of their own ({@link KafkaProcess}, a JVM that can be killed outright) so that the
 * build's shared broker, which lives in the infrastructure JVM, is never touched. PostgreSQL is the build's own: it
 * is restarted on the same data directory and port, so later tests do not notice. Its test settings commit without
 * waiting for the WAL to be written (fine for tests that do not crash it); these services' sessions ask for
 * {@code synchronous_commit=on}, as production's server is configured, since an immediate stop loses what was not
 * written.
 */
class FaultsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONVERGE_WITHIN = Duration.ofSeconds(90);
    private static final long CUMULATIVE = Long.MIN_VALUE;

    SystemUnderTest system;
    KafkaProcess kafka;

    @AfterEach
    void stop() {
        if (system != null) {
            system.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** What one acknowledged request made: the id tally-service's provenance leads back to. */
    record Ack(String kind, String id) {
    }

    /** The figures of one fault. */
    record Result(String fault, int acknowledged, long counted, int lost, int twice, long extra, long convergedMs,
            int unanswered) {
        boolean clean() {
            return lost == 0 && twice == 0 && extra == 0 && (convergedMs >= 0 || convergedMs == CUMULATIVE)
                    && unanswered == 0;
        }

        @Override
        public String toString() {
            return String.format("[faults] %-40s acknowledged %5d, counted %5d, lost %d, twice %d, counted "
                    + "unacknowledged %d, unanswered %d, converged %s", fault, acknowledged, counted, lost, twice,
                    extra, unanswered, convergedMs == CUMULATIVE ? "(all phases, checked at the end)"
                            : convergedMs < 0 ? "NOT within " + CONVERGE_WITHIN.toSeconds() + " s"
                                    : "in " + convergedMs + " ms after the load stopped");
        }
    }

    @Test
    void everyAcknowledgedRequestIsCountedOnceThroughEachFault() throws Exception {
        system = new SystemUnderTest();
        kafka = KafkaProcess.start(SystemUnderTest.PROJECT.resolve("deploy/system-tests/target/faults-kafka-"
                + system.runId));
        SystemUnderTest.Service volunteers = faultTolerant(system.service("volunteer-service", "faults_volunteer"));
        SystemUnderTest.Service letters = faultTolerant(system.service("letter-service", "faults_letter"));
        SystemUnderTest.Service tallies = faultTolerant(system.service("tally-service", "faults_tally"));
        volunteers.start();
        letters.start();
        tallies.start();

        String hq = system.token(UUID.randomUUID(), "coordinator", "headquarters");
        Load load = new Load(hq, volunteers.url(), setUp(letters, tallies, hq));
        load.tallyUrls.add(tallies.url());
        load.letterUrls.add(letters.url());
        PostgresCrash postgres = PostgresCrash.of(system.infra);

        List<Result> results = new ArrayList<>();
        results.add(load.phase("tally-service killed (kill -9), restarted", tallies, () -> {
            tallies.process.kill();
            tallies.start();
        }));
        results.add(load.phase("broker killed (kill -9), restarted", tallies, () -> {
            kafka.kill();
            ConsumerCrashIT.sleep(2000);
            kafka.start();
        }));
        results.add(load.phase("PostgreSQL crashed (immediate), restarted", tallies, () -> {
            postgres.crash();
            ConsumerCrashIT.sleep(2000);
            postgres.restart();
        }));
        // Started between phases, not under load: two JVMs starting while six clients post miss their 60 s
        // readiness deadline on the 2-core build machine. Both instances then serve the load until the first dies.
        SystemUnderTest.Service tallies2 = tallies.another().start();
        SystemUnderTest.Service letters2 = letters.another().start();
        load.tallyUrls.add(tallies2.url());
        load.letterUrls.add(letters2.url());
        results.add(load.phase("2nd tally & letter instance, 1st killed", tallies2, () -> {
            tallies.process.kill();
            load.tallyUrls.remove(tallies.url());
            letters.process.kill();
            load.letterUrls.remove(letters.url());
        }));
        Result all = load.check("all faults, every request", tallies2, load.acks, CUMULATIVE, 0);
        System.out.println(all);

        for (Result r : results) {
            assertTrue(r.clean(), r.toString());
        }
        assertTrue(all.clean(), all.toString());
        assertEquals(all.acknowledged(), all.counted(), all.toString());
    }

    /** The broker of this test; sessions that wait for their commits to be written (see the class comment). */
    private SystemUnderTest.Service faultTolerant(SystemUnderTest.Service s) {
        s.env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        s.env.put("QUARKUS_DATASOURCE_JDBC_URL",
                system.infra.jdbcUrl(s.database) + "?options=-c%20synchronous_commit%3Don");
        return s;
    }

    /** The two campaigns the load reports to, once tally-service knows them; and a recipient for the letters. */
    private Map<String, String> setUp(SystemUnderTest.Service letters, SystemUnderTest.Service tallies, String hq) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String official = SystemUnderTest.at(letters, hq).body(Map.of("name", "Alex Rivera", "title", "Secretary",
                "office", "Department of Homeland Security", "mailingAddress", Map.of("line1", "2707 MLK Jr Ave SE",
                        "city", "Washington", "region", "US-DC", "postalCode", "20528")))
                .when().post("/api/officials").then().statusCode(201).extract().path("id");
        String advocacy = campaign(letters, hq, Map.of("kind", "ADVOCACY", "targetIds", List.of(official)), today);
        String solidarity = campaign(letters, hq, Map.of("kind", "SOLIDARITY"), today);
        String recipient = Api.detainedRecipient(letters, hq);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SystemUnderTest
                .at(tallies, hq).when().get("/api/campaigns/" + solidarity + "/tallies").statusCode() == 200
                && SystemUnderTest.at(tallies, hq).when().get("/api/campaigns/" + advocacy + "/tallies")
                        .statusCode() == 200);
        return Map.of("advocacy", advocacy, "solidarity", solidarity, "recipient", recipient);
    }

    private static String campaign(SystemUnderTest.Service letters, String hq, Map<String, Object> kind,
            LocalDate today) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", "faults-" + UUID.randomUUID().toString()
                .substring(0, 8), "name", "Faults", "description", "Counted once.", "callToAction", "Write.",
                "goal", 100000, "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(30).toString()));
        body.putAll(kind);
        String id = SystemUnderTest.at(letters, hq).body(body).when().post("/api/campaigns").then().statusCode(201)
                .extract().path("id");
        SystemUnderTest.at(letters, hq).when().post("/api/campaigns/" + id + "/publish").then().statusCode(200);
        return id;
    }

    interface Fault {
        void inject() throws Exception;
    }

    /** The client threads, and what they were answered. */
    final class Load {
        final String hq;
        final String volunteerUrl;
        final String advocacy;
        final String solidarity;
        final String recipient;
        final String region = SystemUnderTest.freshRegion();
        final List<String> tallyUrls = new CopyOnWriteArrayList<>();
        final List<String> letterUrls = new CopyOnWriteArrayList<>();
        final List<Ack> acks = new CopyOnWriteArrayList<>();
        final AtomicInteger unanswered = new AtomicInteger();
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicInteger turn = new AtomicInteger();

        Load(String hq, String volunteerUrl, Map<String, String> ids) {
            this.hq = hq;
            this.volunteerUrl = volunteerUrl;
            this.advocacy = ids.get("advocacy");
            this.solidarity = ids.get("solidarity");
            this.recipient = ids.get("recipient");
        }

        /** Load for 3 s, the fault, load for 3 s more; then the load stops and the counts are awaited and checked. */
        Result phase(String name, SystemUnderTest.Service tallyToRead, Fault fault) throws Exception {
            List<Ack> mine = new CopyOnWriteArrayList<>();
            int unansweredBefore = unanswered.get();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                clients.add(client(running, mine, this::reportBack));
            }
            for (int i = 0; i < 2; i++) {
                clients.add(client(running, mine, this::letter));
            }
            clients.add(client(running, mine, this::signUp));
            clients.forEach(Thread::start);
            ConsumerCrashIT.sleep(3000);
            fault.inject();
            ConsumerCrashIT.sleep(3000);
            running.set(false);
            for (Thread t : clients) {
                t.join(Duration.ofSeconds(120).toMillis());
            }
            long stopped = System.nanoTime();
            acks.addAll(mine);
            long converged = -1;
            long deadline = stopped + CONVERGE_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                if (totalsMatch(tallyToRead)) {
                    converged = (System.nanoTime() - stopped) / 1_000_000;
                    break;
                }
                ConsumerCrashIT.sleep(200);
            }
            Result result = check(name, tallyToRead, mine, converged, unanswered.get() - unansweredBefore);
            System.out.println(result);
            return result;
        }

        private Thread client(AtomicBoolean running, List<Ack> into, java.util.function.Supplier<Optional<Ack>> call) {
            return new Thread(() -> {
                while (running.get()) {
                    call.get().ifPresentOrElse(into::add, unanswered::incrementAndGet);
                    ConsumerCrashIT.sleep(30);
                }
            }, "faults-client");
        }

        Optional<Ack> reportBack() {
            return post(tallyUrls, "/api/campaigns/" + advocacy + "/report-backs", null,
                    "{\"actionType\":\"POSTCARD\",\"quantity\":1}", 201).map(b -> new Ack("report-back", b.path("id")
                            .asText()));
        }

        Optional<Ack> letter() {
            return post(letterUrls, "/api/letters", hq, "{\"kind\":\"CARD\",\"origin\":\"PEN_PAL\",\"recipientId\":\""
                    + recipient + "\",\"campaignId\":\"" + solidarity + "\",\"writerId\":\"" + UUID.randomUUID()
                    + "\"}", 201).map(b -> new Ack("letter", b.path("id").asText()));
        }

        /** Signs up and confirms through the mailed link; the confirmation's answer is the acknowledgement. */
        Optional<Ack> signUp() {
            String email = "faults." + UUID.randomUUID() + "@example.org";
            Optional<JsonNode> receipt = post(List.of(volunteerUrl), "/api/volunteers", null, """
                    {"firstName":"Fault","lastName":"Test","email":"%s","postalCode":"10001","region":"%s",
                     "roles":["WEEKLY_LETTER_WRITER"]}""".formatted(email, region), 202);
            if (receipt.isEmpty()) {
                return Optional.empty();
            }
            Mailbox.Mail mail;
            try {
                mail = system.mail.await(email, m -> m.subject() != null && m.subject().contains(Api.SIGN_UP),
                        Duration.ofSeconds(60));
            } catch (RuntimeException | AssertionError e) {
                return Optional.empty();
            }
            if (mail == null) {
                return Optional.empty();
            }
            return post(List.of(volunteerUrl), "/api/volunteers/confirmations", null,
                    "{\"token\":\"" + mail.token() + "\"}", 200)
                    .map(b -> new Ack("sign-up", b.path("volunteerId").asText()));
        }

        /**
         * POSTs with one Idempotency-Key until answered {@code expected}: connection failures, timeouts and 5xx (the
         * service or what it needs is down) are retried, against the next instance if there are several; any other
         * answer, or none within 90 s, is no acknowledgement.
         */
        private Optional<JsonNode> post(List<String> urls, String path, String token, String body, int expected) {
            String key = UUID.randomUUID().toString();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                List<String> live = List.copyOf(urls);
                String base = live.get(Math.floorMod(turn.getAndIncrement(), live.size()));
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                if (token != null) {
                    r.header("Authorization", token);
                }
                try {
                    HttpResponse<String> answer = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == expected) {
                        return Optional.of(JSON.readTree(answer.body()));
                    }
                    if (answer.statusCode() < 500 && answer.statusCode() != 429) {
                        System.out.println("[faults] " + path + " answered " + answer.statusCode() + ": "
                                + answer.body());
                        return Optional.empty();
                    }
                } catch (IOException e) {
                    // down, restarting or cut off: retried with the same key
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                ConsumerCrashIT.sleep(100);
            }
            return Optional.empty();
        }

        long acked(String kind) {
            return acks.stream().filter(a -> a.kind().equals(kind)).count();
        }

        /** tally-service's totals equal what was acknowledged: report-backs (1 each), letters, sign-ups. */
        boolean totalsMatch(SystemUnderTest.Service tallies) {
            try {
                return total(tallies, advocacy, "ACTIONS") == acked("report-back")
                        && total(tallies, solidarity, "LETTERS_LOGGED") == acked("letter")
                        && Api.registeredIn(tallies.url(), region, system.infra.jwtPrivateKey()) == acked("sign-up");
            } catch (RuntimeException | AssertionError e) {
                return false;
            }
        }

        private long total(SystemUnderTest.Service tallies, String campaign, String metric) {
            Number n = SystemUnderTest.at(tallies, hq).when().get("/api/campaigns/" + campaign + "/tallies").then()
                    .statusCode(200).extract().path("totals." + metric);
            return n == null ? 0 : n.longValue();
        }

        /**
         * By key: what tally-service's provenance (one contribution per counted thing, named by its ledger entry or
         * by the event that brought it) holds for each acknowledged request of {@code which}, and anything counted
         * that nobody was told was accepted.
         */
        Result check(String name, SystemUnderTest.Service tallies, List<Ack> which, long convergedMs, int unanswered)
                throws Exception {
            Map<String, Long> counted = new HashMap<>();
            Map<String, String> letterOf = eventsTo(Topics.LETTERS, "letterId");
            Map<String, String> volunteerOf = eventsTo(Topics.VOLUNTEERS, "volunteerId");
            try (Connection c = DriverManager.getConnection(system.infra.jdbcUrl(tallies.database),
                    system.infra.postgresUser(), "")) {
                add(counted, c, "select source_id, sum(quantity) from tally_contribution where campaign_id = ?::uuid"
                        + " and metric = 'ACTIONS' group by source_id", advocacy, Map.of());
                add(counted, c, "select source_id, sum(quantity) from tally_contribution where campaign_id = ?::uuid"
                        + " and metric = 'LETTERS_LOGGED' group by source_id", solidarity, letterOf);
                add(counted, c, "select source_id, sum(quantity) from tally_contribution where region = ?"
                        + " and metric = 'VOLUNTEERS_REGISTERED' group by source_id", region, volunteerOf);
            }
            int lost = 0;
            int twice = 0;
            long countedOfThese = 0;
            for (Ack a : which) {
                long n = counted.getOrDefault(a.id(), 0L);
                countedOfThese += n;
                if (n == 0) {
                    lost++;
                } else if (n > 1) {
                    twice++;
                }
            }
            java.util.Set<String> allAcked = new java.util.HashSet<>();
            acks.forEach(a -> allAcked.add(a.id()));
            long extra = counted.entrySet().stream().filter(e -> !allAcked.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return new Result(name, which.size(), countedOfThese, lost, twice, extra, convergedMs, unanswered);
        }

        private void add(Map<String, Long> counted, Connection c, String sql, String param,
                Map<String, String> keyOfSource) throws SQLException {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setString(1, param);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String key = keyOfSource.isEmpty() ? rs.getString(1)
                                : keyOfSource.getOrDefault(rs.getString(1), "event " + rs.getString(1));
                        counted.merge(key, rs.getLong(2), Long::sum);
                    }
                }
            }
        }

        /** Event id to {@code field} of its data, for every event on {@code topic}. */
        private Map<String, String> eventsTo(String topic, String field) throws IOException {
            Map<String, String> map = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : SystemUnderTest.readTopic(kafka.bootstrapServers(), topic,
                    r -> true)) {
                if (r.value() == null) {
                    continue;
                }
                JsonNode event = JSON.readTree(r.value());
                JsonNode value = event.path("data").path(field);
                if (!value.isMissingNode()) {
                    map.put(event.path("id").asText(), value.asText());
                }
            }
            return map;
        }
    }
}
