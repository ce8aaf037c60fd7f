package org.lettersofhope.devinfra.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.lettersofhope.devinfra.DevTokens;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.ServiceProcess;
import org.lettersofhope.devinfra.WebhookSealingKey;

import com.sun.net.httpserver.HttpServer;

/**
 * The webhook benchmark ({@code deploy/bench/webhooks}): one subscription per chapter, all to a local receiver, one of
 * them answering in 2 s; VolunteerStatusChanged events straight to Kafka at a fixed rate, spread over the chapters.
 * An event's lag is the moment the receiver got it minus the event's time; the figure that counts is the p99 of the
 * subscriptions other than the slow one.
 */
public final class WebhookBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]+)\"");

    private WebhookBenchmark() {
    }

    static Map<String, String> serviceEnv(InfraState infra, int port) {
        Map<String, String> env = VolunteerBenchmark.serviceEnv(infra, port);
        env.putAll(WebhookSealingKey.random());
        env.put("LETTERS_WEBHOOKS_ALLOWED_ADDRESSES", "127.0.0.1/32");
        env.put("LETTERS_WEBHOOKS_REQUIRE_HTTPS", "false");
        return env;
    }

    static void run(InfraState infra, ServiceProcess service, int subscriptions, double rate, Duration duration,
            PrintStream out) throws Exception {
        String base = service.baseUrl();
        String admin = "Bearer " + DevTokens.sign(infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("admin"), null, Duration.ofHours(2));
        String volunteer = "Bearer " + DevTokens.sign(infra.jwtPrivateKey(), UUID.randomUUID().toString(),
                List.of("volunteer"), null, Duration.ofHours(2));
        HttpClient http = HttpClient.newHttpClient();

        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        Map<String, Instant> eventTime = new ConcurrentHashMap<>();
        Map<String, Integer> pathOf = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(32));
        receiver.createContext("/", exchange -> {
            long at = System.currentTimeMillis();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(3));
            String text = new String(body, StandardCharsets.UTF_8);
            Matcher id = ID.matcher(text);
            Matcher time = TIME.matcher(text);
            if (id.find() && time.find()) {
                if (firstSeen.putIfAbsent(id.group(1), at) == null) {
                    eventTime.put(id.group(1), Instant.parse(time.group(1)));
                    pathOf.put(id.group(1), n);
                }
            }
            if (n == 0) {
                sleep(2000); // the slow partner
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        int port = receiver.getAddress().getPort();

        List<UUID> chapters = new ArrayList<>();
        for (int i = 0; i < subscriptions; i++) {
            String id = json(http, base + "/api/chapters", volunteer, String.format(Locale.ROOT,
                    "{\"name\":\"Bench chapter %d %s\",\"region\":\"US-CA\",\"facilityName\":\"Otay Mesa\","
                    + "\"contactName\":\"Rosa M\",\"contactEmail\":\"rosa@example.org\"}", i,
                    UUID.randomUUID().toString().substring(0, 6)), 201);
            json(http, base + "/api/chapters/" + id + "/status", admin, "{\"status\":\"ACTIVE\"}", 200);
            json(http, base + "/api/webhook-subscriptions", admin, String.format(Locale.ROOT,
                    "{\"targetUrl\":\"http://127.0.0.1:%d/s/%d\",\"eventTypes\":"
                            + "[\"org.lettersofhope.volunteer.status-changed.v1\"],\"chapterId\":\"%s\"}", port, i,
                    id), 201);
            chapters.add(UUID.fromString(id));
        }
        out.printf(Locale.ROOT, "[bench] %d chapters with a webhook subscription each; subscription 0 answers in 2 s%n",
                subscriptions);

        try (KafkaProducer<String, String> kafka = TallyBenchmark.producer(infra)) {
            Duration warmUp = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault(
                    "LETTERS_BENCH_WARM_UP_SECONDS", "20")));
            send(kafka, chapters, rate, warmUp);
            Set<String> measured = send(kafka, chapters, rate, duration);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && measured.stream()
                    .filter(id -> !Integer.valueOf(0).equals(pathOf.get(id))).filter(firstSeen::containsKey)
                    .count() < measured.size() * (subscriptions - 1L) / subscriptions) {
                Thread.sleep(200);
            }
            List<Double> others = Collections.synchronizedList(new ArrayList<>());
            int slow = 0;
            for (String id : measured) {
                Long at = firstSeen.get(id);
                if (at == null) {
                    continue;
                }
                if (pathOf.get(id) == 0) {
                    slow++;
                } else {
                    others.add((double) (at - eventTime.get(id).toEpochMilli()));
                }
            }
            out.printf(Locale.ROOT, "[bench] %d events at %d/s over %d subscriptions: %d of the others' received "
                    + "(of about %d) | their delivery lag p50 %.0f ms p99 %.0f ms max %.0f ms (target p99 < 1 s) | "
                    + "the slow endpoint got %d%n", measured.size(), (int) rate, subscriptions, others.size(),
                    measured.size() * (subscriptions - 1) / subscriptions, LoadClient.pct(others, 50),
                    LoadClient.pct(others, 99), LoadClient.pct(others, 100), slow);
        } finally {
            receiver.stop(0);
            ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
        }
    }

    /** VolunteerStatusChanged at a fixed rate, each of a new volunteer, round-robin over the chapters. */
    private static Set<String> send(KafkaProducer<String, String> kafka, List<UUID> chapters, double rate,
            Duration duration) {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        int total = (int) (rate * duration.toSeconds());
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            UUID volunteer = UUID.randomUUID();
            String id = UUID.randomUUID().toString();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ids.add(id);
            kafka.send(new ProducerRecord<>("volunteer.volunteers.v1", volunteer.toString(), String.format(
                    Locale.ROOT, "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/volunteer-service\","
                            + "\"type\":\"org.lettersofhope.volunteer.status-changed.v1\",\"time\":\"%s\","
                            + "\"subject\":\"volunteer/%s\",\"datacontenttype\":\"application/json\","
                            + "\"partitionkey\":\"%s\",\"data\":{\"volunteerId\":\"%s\",\"from\":\"APPLIED\","
                            + "\"to\":\"ACTIVE\",\"region\":\"US-CA\",\"chapterId\":\"%s\",\"changedAt\":\"%s\"}}",
                    id, now, volunteer, volunteer, volunteer, chapters.get(i % chapters.size()), now)));
        }
        return ids;
    }

    private static String json(HttpClient http, String url, String auth, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
        return m.find() ? m.group(1) : null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
