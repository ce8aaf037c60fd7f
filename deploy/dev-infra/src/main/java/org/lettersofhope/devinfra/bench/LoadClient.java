package org.lettersofhope.devinfra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A small load generator for the benchmarks: sends requests at a fixed rate (open loop, so a slow server is not
 * hidden by a slowed-down client) and records each response's status, the client-side latency and the server's own
 * time from its {@code Server-Timing} header.
 */
public final class LoadClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public record Result(int sent, int ok, int failed, double seconds, List<Double> serverMs, List<Double> clientMs) {

        public double rate() {
            return ok / seconds;
        }

        public String summary(String name) {
            return String.format(Locale.ROOT,
                    "%s: %d requests in %.1f s = %.0f/s ok, %d failed | server p50 %.2f ms p99 %.2f ms max %.2f ms"
                            + " | client p50 %.2f ms p99 %.2f ms",
                    name, sent, seconds, rate(), failed, pct(serverMs, 50), pct(serverMs, 99), pct(serverMs, 100),
                    pct(clientMs, 50), pct(clientMs, 99));
        }
    }

    /**
     * @param rate     requests per second to start
     * @param duration how long to keep starting them
     * @param request  makes the i-th request
     */
    public Result run(double rate, Duration duration, int maxInFlight, IntFunction<HttpRequest> request) {
        ConcurrentLinkedQueue<double[]> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        Semaphore inFlight = new Semaphore(maxInFlight);
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = (long) (1e9 / rate);
        int sent = 0;
        for (long next = start; next < end; next += interval) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                failed.incrementAndGet(); // the server is too far behind: count it rather than slow down
                sent++;
                continue;
            }
            long t0 = System.nanoTime();
            CompletableFuture<?> f = http.sendAsync(request.apply(sent), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        if (error != null || response.statusCode() >= 400) {
                            failed.incrementAndGet();
                            return;
                        }
                        double client = (System.nanoTime() - t0) / 1e6;
                        double server = response.headers().firstValue("Server-Timing")
                                .map(LoadClient::duration).orElse(Double.NaN);
                        samples.add(new double[] { server, client });
                    });
            pending.add(f);
            sent++;
        }
        for (CompletableFuture<?> f : new ArrayList<>(pending)) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // counted as failed
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Double> server = new ArrayList<>();
        List<Double> client = new ArrayList<>();
        for (double[] s : samples) {
            server.add(s[0]);
            client.add(s[1]);
        }
        return new Result(sent, samples.size(), failed.get(), seconds, server, client);
    }

    public HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static double duration(String serverTiming) {
        int i = serverTiming.indexOf("dur=");
        if (i < 0) {
            return Double.NaN;
        }
        int j = i + 4;
        while (j < serverTiming.length() && (Character.isDigit(serverTiming.charAt(j)) || serverTiming.charAt(j) == '.')) {
            j++;
        }
        return Double.parseDouble(serverTiming.substring(i + 4, j));
    }

    public static double pct(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values.stream().filter(v -> !v.isNaN()).toList());
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
