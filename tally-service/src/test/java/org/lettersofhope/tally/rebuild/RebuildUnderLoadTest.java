package org.lettersofhope.tally.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.service.Aggregator;
import org.lettersofhope.tally.service.ContributionLog;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Admin rebuilds while report-backs flow from several clients: the rebuild takes no table lock, so report-backs are
 * answered during it (never a 500 from a starved pool), two rebuilds at once take turns, and the totals are exact
 * afterwards.
 */
@QuarkusTest
class RebuildUnderLoadTest {

    private static final int SEEDED = 150_000;
    private static final int CLIENTS = 6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, long answeredAt) {
    }

    record Rebuilt(int status, long startedAt, long answeredAt) {
    }

    @Test
    void reportBacksDuringTwoRebuildsAreAllAnsweredAndCountedExactly() throws Exception {
        TestCampaign c = TallyFixtures.campaign(100_000_000, java.time.LocalDate.now().minusDays(10),
                java.time.LocalDate.now().plusDays(20));
        seed(c); // history enough for a rebuild to take seconds, counted live like any report-back
        try {
            TallyFixtures.awaitTotalWithin(c, "ACTIONS", SEEDED, Duration.ofSeconds(120));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the seeded history was not counted in time; " + aggregatorState(), e);
        }

        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(pool.submit(() -> {
                while (loading.get()) {
                    answers.add(new Answer(reportBack(c), System.nanoTime()));
                }
                return null;
            }));
        }
        Thread.sleep(500);
        // One rebuild alone: report-backs are answered while it runs, not only after it.
        Rebuilt alone = rebuild();
        // Then two at once.
        Future<Rebuilt> first = pool.submit(this::rebuild);
        Future<Rebuilt> second = pool.submit(this::rebuild);
        Rebuilt a = first.get();
        Rebuilt b = second.get();
        Thread.sleep(500);
        loading.set(false);
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        assertEquals(200, alone.status());
        assertEquals(200, a.status());
        assertEquals(200, b.status());
        Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
        answers.forEach(x -> byStatus.merge(x.status(), 1L, Long::sum));
        assertEquals(Map.of(201, (long) answers.size()), byStatus, "every report-back answered 201");
        long span = alone.answeredAt() - alone.startedAt();
        long quarter = span / 4;
        long duringRebuild = answers.stream().filter(x -> x.answeredAt() > alone.startedAt() + quarter
                && x.answeredAt() < alone.answeredAt() - quarter).count();
        assertTrue(span > Duration.ofSeconds(1).toNanos(), "the rebuild of " + SEEDED + " entries took "
                + span / 1_000_000 + " ms: too short to tell whether it blocks writers");
        assertTrue(duringRebuild > 0, "no report-back was answered in the middle of a " + span / 1_000_000
                + " ms rebuild: it blocks writers");
        System.out.printf("rebuild under load: %d ms alone, %d and %d ms together; %d report-backs, %d of them "
                + "answered in the middle half of the lone rebuild%n", span / 1_000_000,
                (a.answeredAt() - a.startedAt()) / 1_000_000, (b.answeredAt() - b.startedAt()) / 1_000_000,
                answers.size(), duringRebuild);

        // Exact: the seeded history plus one for every report-back answered, nothing twice, nothing lost.
        TallyFixtures.awaitTotalWithin(c, "ACTIONS", SEEDED + answers.size(), Duration.ofSeconds(60));
        assertEquals(SEEDED + answers.size(), TallyFixtures.total(c, "ACTIONS"));
    }

    /**
     * The history, written to the database only, through the ledger's own mapping to contributions and the
     * aggregator's queue (so it is counted live): a test's history need not go to the ledger topic, which
     * RebuildFromLogTest would then replay in full.
     */
    private void seed(TestCampaign c) throws java.sql.SQLException {
        javax.sql.DataSource ds = Arc.container().instance(io.agroal.api.AgroalDataSource.class).get();
        try (java.sql.Connection conn = ds.getConnection(); java.sql.PreparedStatement insert = conn.prepareStatement(
                "with e as (insert into ledger_entry (id, campaign_id, kind, action_type, quantity, occurred_at, "
                        + "region, recorded_at) select gen_random_uuid(), ?, 'REPORT_BACK', 'POSTCARD', 1, "
                        + "now() - interval '1 day', 'US-CA', now() from generate_series(1, ?) returning *), "
                        + "c as (insert into tally_contribution (" + ContributionLog.CONTRIBUTION_COLUMNS + ") "
                        + ContributionLog.LEDGER_CONTRIBUTIONS.formatted("e") + " returning *)"
                        + ContributionLog.QUEUE)) {
            insert.setObject(1, c.id());
            insert.setInt(2, SEEDED);
            assertEquals(SEEDED, insert.executeUpdate());
        }
        Arc.container().instance(Aggregator.class).get().wake();
    }

    /** What held the aggregator back, for a failure's message: the queue, the advisory locks, the sessions. */
    private static String aggregatorState() {
        javax.sql.DataSource ds = Arc.container().instance(io.agroal.api.AgroalDataSource.class).get();
        StringBuilder out = new StringBuilder();
        try (java.sql.Connection conn = ds.getConnection(); java.sql.Statement s = conn.createStatement()) {
            for (String q : List.of("select count(*) from tally_pending",
                    "select string_agg(pid || ':' || mode || ':' || granted, ', ') from pg_locks "
                            + "where locktype = 'advisory'",
                    "select string_agg(pid || ':' || state || ':' || left(query, 80), ' | ') from pg_stat_activity "
                            + "where datname = current_database() and state <> 'idle'")) {
                try (java.sql.ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    out.append(q, 0, Math.min(40, q.length())).append(" -> ").append(rs.getString(1)).append("; ");
                }
            }
        } catch (Exception e) {
            out.append("(state unreadable: ").append(e.getMessage()).append(')');
        }
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().contains("aggregator") || t.getName().contains("rebuild")) {
                out.append("\n").append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(12, stack.length); i++) {
                    out.append("\n  at ").append(stack[i]);
                }
            }
        });
        return out.toString();
    }

    private int reportBack(TestCampaign c) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + c.path() + "/report-backs"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TallyFixtures.reportBack("EMAIL", 1))).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private Rebuilt rebuild() throws Exception {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/admin/tallies/rebuild"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", TallyFixtures.ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        return new Rebuilt(status, started, System.nanoTime());
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }
}
