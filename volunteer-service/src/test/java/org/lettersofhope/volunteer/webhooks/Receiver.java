package org.lettersofhope.volunteer.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint for the tests: the JDK's HttpServer on 127.0.0.1, answering as {@link #behaviour} says (a
 * status, or a negative number of milliseconds to stall before answering 200), and keeping every request it got.
 */
final class Receiver implements AutoCloseable {

    record Request(String path, String id, String timestamp, String signature, String contentType, String body,
            int answered, long receivedAtMillis) {
    }

    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    volatile IntUnaryOperator behaviour = n -> 200;
    /** Sent as Location with a 3xx answer. */
    volatile String location;
    private HttpServer server;
    private int port;

    Receiver start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int answer = behaviour.applyAsInt(count.incrementAndGet());
            // kept in the order of arrival; a stalled answer counts as none (0): the sender has given up on it
            synchronized (requests) {
                requests.add(new Request(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(body, StandardCharsets.UTF_8), answer < 0 ? 0 : answer,
                        System.currentTimeMillis()));
            }
            if (answer < 0) {
                try {
                    Thread.sleep(-answer);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer = 200;
            }
            byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
            if (answer >= 300 && answer < 400 && location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return this;
    }

    /** Stops listening: connections are refused until {@link #start} again (on the same port). */
    void stop() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
            server = null;
        }
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
