package org.lettersofhope.devinfra.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.ServiceProcess;

/**
 * The tally-service benchmark ({@code deploy/bench/tally-service}): one campaign with millions of ledger entries and
 * counted events behind it (loaded in bulk by SQL, then counted by the service's own rebuild, so the counters agree
 * with them), then (1) reading the campaign's totals, (2) the public report-back at a fixed rate, (3) events produced
 * straight to Kafka at a fixed rate, all on that one campaign, with the lag from each event's time to the moment the
 * live stream shows it counted. Latencies are server-side, from the Server-Timing header.
 */
public final class TallyBenchmark {

    static final String[] ACTIONS = { "LETTER", "POSTCARD", "CALL", "EMAIL", "CARD" };
    static final String[] REGIONS = { "US-CA", "US-TX", "US-AZ", "US-NM", "US-GA", "US-NY", "US-FL", "US-IL",
            "US-WA", "US-LA" };
    static final Pattern LOGGED = Pattern.compile("\"LETTERS_LOGGED\":(\\d+)");

    private TallyBenchmark() {
    }

    static void run(InfraState infra, ServiceProcess service, long entries, double reportRate, double eventRate,
            Duration duration, PrintStream out) throws Exception {
        String base = service.baseUrl();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String admin = "Bearer " + DevTokens.sign(infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("admin"), null, Duration.ofHours(2));
        UUID campaign = UUID.randomUUID();
        try (KafkaProducer<String, String> kafka = producer(infra)) {
            LocalDate today = LocalDate.now();
            kafka.send(new ProducerRecord<>("letter.campaigns.v1", campaign.toString(), envelope(
                    "org.lettersofhope.letter.campaign-published.v1", "campaign", campaign, String.format(Locale.ROOT,
                            "{\"campaignId\":\"%s\",\"slug\":\"bench\",\"kind\":\"ADVOCACY\",\"goal\":20000000,"
                                    + "\"startsOn\":\"%s\",\"endsOn\":\"%s\",\"targetIds\":[],\"publishedAt\":\"%s\"}",
                            campaign, today.minusDays(60), today.plusDays(30), Instant.now())))).get();
            String totals = base + "/api/campaigns/" + campaign + "/tallies";
            while (http.send(HttpRequest.newBuilder(URI.create(totals)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                Thread.sleep(200);
            }

            preload(infra, campaign, entries, out);
            long t0 = System.nanoTime();
            HttpResponse<String> rebuilt = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/admin/tallies/rebuild")).header("Authorization", admin).timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            out.printf(Locale.ROOT, "[bench] counted them with the service's rebuild: HTTP %d in %.1f s: %s%n",
                    rebuilt.statusCode(), (System.nanoTime() - t0) / 1e9, rebuilt.body());
            vacuum(infra);

            LoadClient load = new LoadClient(LoadClient.PUBLIC_SENDERS);
            IntFunction<LoadClient.Request> read = i -> load.request(totals).GET().build();
            load.run(100, Duration.ofSeconds(5), 32, read);
            LoadClient.Result reads = load.run(200, Duration.ofSeconds(20), 64, read);
            out.println("[bench] " + reads.summary("campaign totals at 200/s over " + entries
                    + " ledger entries and events (target p99 < 5 ms server-side)"));

            IntFunction<LoadClient.Request> report = i -> load.request(base + "/api/campaigns/" + campaign
                    + "/report-backs").header("Content-Type", "application/json")
                    .POST(String.format(Locale.ROOT,
                            "{\"actionType\":\"%s\",\"quantity\":%d,\"region\":\"%s\"}", ACTIONS[i % ACTIONS.length],
                            1 + i % 5, REGIONS[i % REGIONS.length])).build();
            load.run(reportRate, LoadClient.WARM_UP, 256, report);
            LoadClient.Result reported = load.run(reportRate, duration, 256, report);
            out.println("[bench] " + reported.summary("public report-back at " + (int) reportRate
                    + "/s (targets: served >= the database-alone maximum, p99 <= 50 ms)"));
            // The report-back's own transaction straight on the same server (not the rate limiter's, on top).
            DatabaseAlone.Figures alone = new DatabaseAlone(infra.jdbcUrl("tally"), infra.postgresUser(),
                    "ledger_entry", "tally_contribution", "tally_pending", "outbox_event")
                    .measure((c, i) -> reportBackAlone(c, campaign, i), 8, reportRate, Duration.ofSeconds(20));
            out.println(DatabaseAlone.ratios("report back", alone, reported));

            Thread.sleep(2000);
            // The consuming path warms up unrecorded too, for half the write paths' warm-up.
            lag(http, totals + "/stream", kafka, campaign, eventRate, LoadClient.WARM_UP.dividedBy(2),
                    new PrintStream(java.io.OutputStream.nullOutputStream()));
            lag(http, totals + "/stream", kafka, campaign, eventRate, duration, out);
        }
    }

    /**
     * What tally-service's database does for a public report-back (ReportBacks.report): the campaign's row held for
     * share, then the entry, its contribution and its queue row in one statement (ContributionLog.write), and its
     * outbox row. The statements are the service's, one entry at a time.
     */
    private static void reportBackAlone(Connection c, UUID campaign, int i) throws java.sql.SQLException {
        try (java.sql.PreparedStatement lock = c.prepareStatement(
                "select status, closed_at from campaign where id = ? for share")) {
            lock.setObject(1, campaign);
            lock.executeQuery().close();
        }
        UUID entry = UUID.randomUUID();
        String columns = "campaign_id, metric, quantity, bucket, chapter_id, region, target_id, action_type, source";
        try (java.sql.PreparedStatement insert = c.prepareStatement("with e as (insert into ledger_entry (id, "
                + "campaign_id, kind, action_type, quantity, hashtag, occurred_at, chapter_id, region, target_id, "
                + "reporter_id, corrects_entry_id, reason, recorded_by, recorded_at) select u.id, u.campaign_id, "
                + "u.kind, u.action_type, u.quantity, u.hashtag, u.occurred_at::timestamptz, u.chapter_id, u.region, "
                + "u.target_id, u.reporter_id, u.corrects_entry_id, u.reason, u.recorded_by, now() from unnest("
                + "?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::int8[], ?::text[], ?::text[], ?::uuid[], ?::text[], "
                + "?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[]) as u(id, campaign_id, kind, action_type, "
                + "quantity, hashtag, occurred_at, chapter_id, region, target_id, reporter_id, corrects_entry_id, "
                + "reason, recorded_by) on conflict (id) do nothing returning *), c as (insert into tally_contribution ("
                + columns + ", source_id, recorded_at) select e.campaign_id, 'ACTIONS', e.quantity::bigint, "
                + "date_trunc('hour', e.occurred_at, 'UTC'), e.chapter_id, e.region, e.target_id, e.action_type, "
                + "coalesce(o.kind, e.kind), e.id::text, e.recorded_at from e e left join ledger_entry o on "
                + "o.id = e.corrects_entry_id left join campaign k on k.id = e.campaign_id where (coalesce(o.kind, "
                + "e.kind) = 'ADJUSTMENT' or k.closed_at is null or coalesce(o.recorded_at, e.recorded_at) <= "
                + "k.closed_at) returning *), q as (insert into tally_pending (contribution_id, " + columns
                + ") select id, " + columns + " from c) select id, recorded_at from e")) {
            Object[][] values = { { entry }, { campaign }, { "REPORT_BACK" }, { ACTIONS[i % ACTIONS.length] },
                    { (long) (1 + i % 5) }, { null }, { Instant.now().toString() }, { null },
                    { REGIONS[i % REGIONS.length] }, { null }, { null }, { null }, { null }, { null } };
            String[] types = { "uuid", "uuid", "text", "text", "int8", "text", "text", "uuid", "text", "uuid", "uuid",
                    "uuid", "text", "text" };
            for (int p = 0; p < values.length; p++) {
                insert.setArray(p + 1, c.createArrayOf(types[p], values[p]));
            }
            insert.executeQuery().close();
        }
        try (java.sql.PreparedStatement outbox = c.prepareStatement("insert into outbox_event (id, aggregate_type, "
                + "aggregate_id, event_type, topic, envelope, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            outbox.setObject(1, UUID.randomUUID());
            // as shared-model's EventTypes.LEDGER_ENTRY_RECORDED says (dev-infra's main code does not see it)
            outbox.setString(2, "campaign");
            outbox.setString(3, campaign.toString());
            outbox.setString(4, "org.lettersofhope.tally.ledger-entry-recorded.v1");
            outbox.setString(5, "tally.ledger.v1");
            outbox.setString(6, String.format(Locale.ROOT, "{\"entryId\":\"%s\",\"campaignId\":\"%s\","
                    + "\"kind\":\"REPORT_BACK\",\"actionType\":\"%s\",\"quantity\":%d,\"occurredAt\":\"%s\","
                    + "\"region\":\"%s\"}", entry, campaign, ACTIONS[i % ACTIONS.length], 1 + i % 5, Instant.now(),
                    REGIONS[i % REGIONS.length]));
            outbox.setTimestamp(7, new java.sql.Timestamp(System.currentTimeMillis()));
            outbox.executeUpdate();
        }
    }

    /** Half ledger entries (report-backs of 1 to 5 over the last 60 days), half contributions of counted events. */
    static void preload(InfraState infra, UUID campaign, long n, PrintStream out) throws Exception {
        long ledger = n / 2;
        long events = n - ledger;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("tally"), infra.postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '256MB'");
            s.executeUpdate(String.format(Locale.ROOT, "insert into ledger_entry (id, campaign_id, kind, action_type, "
                    + "quantity, occurred_at, chapter_id, region, recorded_at) select gen_random_uuid(), '%s', "
                    + "'REPORT_BACK', (array['LETTER','POSTCARD','CALL','EMAIL','CARD'])[1 + g %% 5], 1 + g %% 5, "
                    + "now() - (g %% 86400) * interval '1 minute', null, "
                    + "(array['US-CA','US-TX','US-AZ','US-NM','US-GA','US-NY'])[1 + g %% 6], now() "
                    + "from generate_series(1, %d) g", campaign, ledger));
            out.printf(Locale.ROOT, "[bench] %d ledger entries loaded in %.1f s%n", ledger,
                    (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            s.executeUpdate(String.format(Locale.ROOT, "insert into tally_contribution (campaign_id, metric, "
                    + "quantity, bucket, chapter_id, region, target_id, action_type, source, source_id, recorded_at) "
                    + "select '%s', 'LETTERS_LOGGED', 1, date_trunc('hour', now() - (g %% 86400) * interval "
                    + "'1 minute', 'UTC'), null, (array['US-CA','US-TX','US-AZ','US-NM'])[1 + g %% 4], null, "
                    + "'LETTER', 'LETTER_SERVICE', gen_random_uuid()::text, now() from generate_series(1, %d) g",
                    campaign, events));
            out.printf(Locale.ROOT, "[bench] %d contributions of counted events loaded in %.1f s%n", events,
                    (System.nanoTime() - t1) / 1e9);
        }
    }

    static void vacuum(InfraState infra) throws Exception {
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("tally"), infra.postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    /**
     * Events at a fixed rate straight to Kafka (LetterLogged quick notes, all for the one campaign, each keyed by its
     * own letter so they spread over the partitions), while the live stream is read: an event counts as counted when
     * the stream's LETTERS_LOGGED total first reaches it. Its lag is that moment minus the event's time.
     */
    static void lag(HttpClient http, String stream, KafkaProducer<String, String> kafka, UUID campaign, double rate,
            Duration duration, PrintStream out) throws Exception {
        AtomicLong seen = new AtomicLong(-1);
        List<long[]> observed = java.util.Collections.synchronizedList(new ArrayList<>()); // [count, nanoTime]
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(stream))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    Matcher m = LOGGED.matcher(line);
                    if (line.startsWith("data:") && m.find()) {
                        long count = Long.parseLong(m.group(1));
                        seen.set(count);
                        observed.add(new long[] { count, System.nanoTime() });
                    }
                }
            } catch (java.io.IOException e) {
                // the stream was closed at the end
            }
        }, "bench-sse");
        reader.setDaemon(true);
        reader.start();
        while (seen.get() < 0) {
            Thread.sleep(50);
        }
        long baseline = seen.get();
        int total = (int) (rate * duration.toSeconds());
        long[] sentAt = new long[total];
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            UUID letter = UUID.randomUUID();
            Instant now = Instant.now();
            sentAt[i] = System.nanoTime();
            kafka.send(new ProducerRecord<>("letter.letters.v1", letter.toString(), envelope(
                    "org.lettersofhope.letter.letter-logged.v1", "letter", letter, String.format(Locale.ROOT,
                            "{\"letterId\":\"%s\",\"pieceKind\":\"LETTER\",\"origin\":\"QUICK_NOTE\","
                                    + "\"campaignId\":\"%s\",\"region\":\"US-CA\",\"loggedAt\":\"%s\"}",
                            letter, campaign, now), now)));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (seen.get() < baseline + total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        response.body().close();
        List<long[]> points = new ArrayList<>(observed);
        List<Double> lags = new ArrayList<>(total);
        List<Double> firstThird = new ArrayList<>();
        List<Double> lastThird = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < total; i++) {
            while (p < points.size() && points.get(p)[0] < baseline + i + 1) {
                p++;
            }
            if (p == points.size()) {
                break;
            }
            double ms = Math.max(0, points.get(p)[1] - sentAt[i]) / 1e6;
            lags.add(ms);
            if (i < total / 3) {
                firstThird.add(ms);
            } else if (i >= total - total / 3) {
                lastThird.add(ms);
            }
        }
        out.printf(Locale.ROOT, "[bench] events at %d/s on one campaign: %d sent in %.1f s, %d counted | event-to-"
                + "tally lag p50 %.0f ms p99 %.0f ms max %.0f ms | p99 in the first third %.0f ms, in the last third "
                + "%.0f ms (target p99 < 1 s, not growing)%n", (int) rate, total, sendSeconds, lags.size(),
                LoadClient.pct(lags, 50), LoadClient.pct(lags, 99), LoadClient.pct(lags, 100),
                LoadClient.pct(firstThird, 99), LoadClient.pct(lastThird, 99));
    }

    static KafkaProducer<String, String> producer(InfraState infra) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 1), new StringSerializer(),
                new StringSerializer());
    }

    static String envelope(String type, String aggregate, UUID id, String data) {
        return envelope(type, aggregate, id, data, Instant.now());
    }

    /**
     * A CloudEvents envelope as letter-service's outbox writes it (shared-model's EventCodec is not on this path): from
     * letter-service, the owner of the topic, or tally-service would set it aside.
     */
    static String envelope(String type, String aggregate, UUID id, String data, Instant time) {
        return String.format(Locale.ROOT, "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/letter-service\",\"type\":\"%s\","
                + "\"time\":\"%s\",\"subject\":\"%s/%s\",\"datacontenttype\":\"application/json\","
                + "\"partitionkey\":\"%s\",\"data\":%s}", UUID.randomUUID(), type,
                time.truncatedTo(ChronoUnit.MICROS), aggregate, id, id, data);
    }

    static Map<String, String> serviceEnv(InfraState infra, int port) {
        Map<String, String> env = ServiceProcess.environment(infra, "tally", port);
        // The benchmark is one client address sending far more than a person would.
        env.put("LETTERS_RATE_LIMIT", "1000000000");
        env.put("LETTERS_RATE_LIMIT_READS", "1000000000");
        return env;
    }
}
