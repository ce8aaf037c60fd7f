package org.lettersofhope.letter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.awaitility.Awaitility;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.rest.ProblemMappers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A client that gives up half-way through sending its body is not a server error: it is logged as one quiet line
 * (DEBUG, no stack trace), never as an "unexpected error" with a stack trace.
 */
@QuarkusTest
class ClientDisconnectLogTest {

    record Line(String logger, Level level, String message, boolean withStackTrace) {
    }

    final List<Line> lines = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            String message = r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
            lines.add(new Line(r.getLoggerName(), r.getLevel(), message, r.getThrown() != null));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    final java.util.logging.Logger mappers = java.util.logging.Logger.getLogger(ProblemMappers.class.getName());
    Level before;

    @BeforeEach
    void captureLogs() {
        before = mappers.getLevel();
        mappers.setLevel(Level.FINE);
        java.util.logging.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        java.util.logging.Logger.getLogger("").removeHandler(capture);
        mappers.setLevel(before);
    }

    // Longer than what the server buffers before it reads a body as a stream.
    static final String PART = "{\"text\":\"Dear friend, we think of you every" + " day".repeat(6000);

    @Test
    void aBodyCutShortByTheClientIsOneQuietLine() throws Exception {
        abandon("Content-Length: 100000\r\n", PART);
        assertLoggedQuietly();
    }

    @Test
    void aChunkedBodyCutShortByTheClientIsOneQuietLine() throws Exception {
        String part = PART;
        abandon("Transfer-Encoding: chunked\r\n", Integer.toHexString(part.length()) + "\r\n" + part + "\r\n");
        assertLoggedQuietly();
    }

    /** Starts a public quick note, sends part of its body, and hangs up. */
    private static void abandon(String framing, String part) throws IOException, InterruptedException {
        // A whole request first, so that the abandoned one finds the endpoint warm and is reading its body when the
        // client goes (a request dropped before it is read at all leaves nothing to log).
        RestAssured.given().contentType("application/json").body("{\"text\":\"\"}").post("/api/quick-notes")
                .then().statusCode(400);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/quick-notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + framing + "\r\n" + part).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300); // let the server start reading the body before the client goes
        }
    }

    private void assertLoggedQuietly() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> snapshot().stream().anyMatch(l -> l.logger().equals(mappers.getName())
                        || l.level().intValue() >= Level.SEVERE.intValue()));
        List<Line> seen = snapshot();
        List<Line> loud = seen.stream().filter(l -> l.withStackTrace()
                || l.level().intValue() >= Level.WARNING.intValue()
                || (l.message() != null && l.message().contains("unexpected error"))).toList();
        assertEquals(List.of(), loud, "nothing loud for a client that went away");
        List<Line> quiet = seen.stream().filter(l -> l.logger().equals(mappers.getName())).toList();
        assertEquals(1, quiet.size(), quiet.toString());
        assertEquals(Level.FINE.intValue(), quiet.get(0).level().intValue());
        assertTrue(quiet.get(0).message().contains("/api/quick-notes"), quiet.get(0).message());
    }

    private List<Line> snapshot() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
