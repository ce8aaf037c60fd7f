package org.lettersofhope.tally.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lettersofhope.tally.service.TallyHub;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Live streams are capped per client address and in total (429 with Retry-After beyond), a closed stream gives its
 * place back, and clients going away are not logged as errors. Streams are opened from different loopback
 * addresses (127.0.0.x) over plain sockets.
 */
@QuarkusTest
@TestProfile(StreamLimitsTest.Tight.class)
class StreamLimitsTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("letters.tallies.stream.max-per-client", "3", "letters.tallies.stream.max-total", "5",
                    "letters.tallies.stream.retry-after", "7s");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    TallyHub hub;

    /** A stream read over a socket bound to a loopback address of its own. */
    final class Stream implements AutoCloseable {
        final Socket socket = new Socket();
        final BufferedReader in;
        final int status;
        final Map<String, String> headers = new java.util.HashMap<>();

        Stream(String from, TestCampaign c) throws IOException {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + c.path() + "/tallies/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            status = Integer.parseInt(in.readLine().split(" ")[1]);
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
        }

        /** Reads until the first event's data: the stream is live. */
        Stream live() throws IOException {
            assertEquals(200, status);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.contains("data:")) {
                    return this;
                }
            }
            throw new AssertionError("the stream ended without an event");
        }

        /** Goes away without a word: a reset, as a phone losing its network would. */
        void abort() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void noStreamsLeftOpen() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> hub.streams(null) == 0);
    }

    /** Asks for a stream and resets the connection at once, before any answer. */
    void hangUp(String from, TestCampaign c) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.getOutputStream().write(("GET " + c.path() + "/tallies/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoLinger(true, 0);
        }
    }

    static final class Captured extends Handler {
        final ConcurrentLinkedQueue<LogRecord> records = new ConcurrentLinkedQueue<>();

        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue() || r.getThrown() != null) {
                records.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void streamsAreCappedPerAddressAndInTotalAndClosingOneFreesItsPlace() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        List<Stream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(new Stream("127.0.0.1", c).live());
            }
            try (Stream fourth = new Stream("127.0.0.1", c)) {
                assertEquals(429, fourth.status, "over the per-address cap");
                assertEquals("7", fourth.headers.get("retry-after"));
                assertTrue(fourth.headers.get("content-type").startsWith("application/problem+json"));
            }
            open.add(new Stream("127.0.0.2", c).live());
            open.remove(0).close();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> hub.streams("127.0.0.1") == 2);
            open.add(new Stream("127.0.0.1", c).live());
            open.add(new Stream("127.0.0.2", c).live());
            try (Stream over = new Stream("127.0.0.3", c)) {
                assertEquals(429, over.status, "over the total cap, from an address with no stream yet");
                assertEquals("7", over.headers.get("retry-after"));
            }
            assertEquals(5, hub.streams(null));
        } finally {
            for (Stream s : open) {
                s.close();
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> hub.streams(null) == 0);
        new Stream("127.0.0.3", c).live().close();
    }

    @Test
    void clientsGoingAwayAreNotLoggedAsErrors() throws Exception {
        TestCampaign c = TallyFixtures.campaign();
        Captured captured = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        List<Stream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                streams.add(new Stream(i % 2 == 0 ? "127.0.0.4" : "127.0.0.5", c).live());
            }
            streams.get(0).close();
            streams.get(1).abort();
            streams.get(2).abort();
            // The others go while the hub is writing to them.
            TallyFixtures.report(c, TallyFixtures.reportBack("LETTER", 1));
            for (Stream s : streams.subList(3, streams.size())) {
                s.abort();
            }
            TallyFixtures.report(c, TallyFixtures.reportBack("LETTER", 1));
            TallyFixtures.awaitTotal(c, "ACTIONS", 2);
            // Gone before the answer is written: the stream is refused or opened on a closed connection.
            for (int i = 0; i < 20; i++) {
                hangUp("127.0.0.6", c);
            }
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> hub.streams(null) == 0);
        } finally {
            root.removeHandler(captured);
            for (Stream s : streams) {
                s.close();
            }
        }
        List<String> noisy = captured.records.stream()
                .map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()
                        + (r.getThrown() == null ? "" : " [" + r.getThrown() + "]"))
                .toList();
        assertEquals(List.of(), noisy, "a client going away is no error");
    }

    /**
     * RESTEasy Reactive reports a stream whose client left while an update was written at ERROR, outside any
     * exception mapper, and does so only when the timing falls that way: the disconnect is quietened at that logger,
     * a real failure of a stream is not.
     */
    @Test
    void streamWriteFailuresStayErrorsUnlessTheClientLeft() {
        Captured captured = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        org.jboss.logging.Logger sse = org.jboss.logging.Logger
                .getLogger("org.jboss.resteasy.reactive.server.handlers.PublisherResponseHandler");
        try {
            sse.error("Exception in SSE server handling, impossible to send it to client",
                    new java.nio.channels.ClosedChannelException());
            sse.error("Exception in SSE server handling, impossible to send it to client",
                    new IOException("Connection reset by peer"));
            sse.error("Exception in SSE server handling, impossible to send it to client",
                    new IllegalStateException("the totals could not be encoded"));
        } finally {
            root.removeHandler(captured);
        }
        List<String> kept = captured.records.stream()
                .filter(r -> r.getLoggerName().endsWith("PublisherResponseHandler"))
                .map(r -> String.valueOf(r.getThrown())).toList();
        assertEquals(List.of("java.lang.IllegalStateException: the totals could not be encoded"), kept);
    }
}
