package org.lettersofhope.volunteer.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.lettersofhope.volunteer.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Body limits hold however the body is framed: a chunked body says nothing of its length up front, so it is counted
 * as it arrives and refused once over the limit, without the server reading (or keeping) the rest.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    static final long THIRTY_MB = 30L * 1024 * 1024;

    @Test
    void aThirtyMegabyteChunkedSignUpIsRefusedWithoutBeingRead() throws Exception {
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/volunteers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                String start = Fixtures.form(Fixtures.uniqueEmail("chunked"), "\"heardFrom\":\"");
                try {
                    chunk(out, start.getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[64 * 1024];
                    Arrays.fill(padding, (byte) 'a');
                    while (sent.get() < THIRTY_MB) {
                        chunk(out, padding);
                        sent.addAndGet(padding.length);
                    }
                    chunk(out, "\"}".getBytes(StandardCharsets.UTF_8));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection on us: what this test expects
                }
            });
            String answer = readAnswer(socket.getInputStream());
            writer.get(60, TimeUnit.SECONDS);

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer.lines().findFirst().orElse(""));
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
            // Refused a few hundred KiB in: the rest was never read, so the client could not send it all.
            assertTrue(sent.get() < THIRTY_MB, "the server read all " + sent.get() + " bytes");
        }
    }

    @Test
    void aChunkedSignUpWithinTheLimitIsReadAsUsual() throws Exception {
        HttpURLConnection http = (HttpURLConnection) URI.create("http://127.0.0.1:" + RestAssured.port
                + "/api/volunteers").toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setChunkedStreamingMode(256);
        http.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = http.getOutputStream()) {
            out.write(Fixtures.form(Fixtures.uniqueEmail("chunked"), "\"heardFrom\":\"" + "b".repeat(150) + "\"")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(202, http.getResponseCode());
        http.disconnect();
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** The status line, headers and body the server sent before it closed the connection. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}") && answer.size() > 100) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a reset after the answer arrived
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
