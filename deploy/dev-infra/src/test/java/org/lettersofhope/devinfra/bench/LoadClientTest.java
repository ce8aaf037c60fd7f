package org.lettersofhope.devinfra.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The benchmarks' HTTP client reads what the services answer: lengths, chunks, Server-Timing, closed connections. */
class LoadClientTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsAResponseWithContentLengthOnlyWhenTheBodyIsComplete() {
        byte[] full = ascii("HTTP/1.1 201 Created\r\nContent-Length: 5\r\nServer-Timing: app;dur=1.25\r\n\r\nhello");
        assertNull(LoadClient.Response.parse(full, full.length - 1));
        LoadClient.Response r = LoadClient.Response.parse(full, full.length);
        assertEquals(201, r.status());
        assertEquals(1.25, r.serverMs());
        assertFalse(r.close());
    }

    @Test
    void readsAChunkedResponseUpToItsLastChunk() {
        byte[] full = ascii("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
                + "3\r\nabc\r\na\r\n0123456789\r\n0\r\n\r\n");
        assertNull(LoadClient.Response.parse(full, full.length - 2));
        LoadClient.Response r = LoadClient.Response.parse(full, full.length);
        assertEquals(200, r.status());
        assertTrue(Double.isNaN(r.serverMs()));
        assertTrue(r.close());
    }

    @Test
    void countsErrorsAndRefusedConnectionsAsFailed() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serve(server, served));
            t.setDaemon(true);
            t.start();
            LoadClient client = new LoadClient();
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            LoadClient.Result result = client.run(200, Duration.ofMillis(500), 8,
                    i -> client.request(url).header("Content-Type", "application/json").POST("{\"i\":" + i + "}")
                            .build());
            // every other request is answered 500 by the test server below
            assertEquals(result.sent(), result.ok() + result.failed());
            // A request still on its way when the run ends is counted failed and may never reach the server.
            assertTrue(served.get() >= result.ok() && served.get() <= result.sent(),
                    "served " + served.get() + ", " + result);
            // Half answered 200, less at most the 8 still in flight at the end (those count failed).
            assertTrue(result.ok() >= result.sent() / 2 - 8 && result.failed() >= result.sent() / 2 - 1,
                    result.toString());
            assertEquals(3.5, LoadClient.pct(result.serverMs(), 50));
        }
        LoadClient.Result refused;
        try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = closed.getLocalPort();
            closed.close();
            LoadClient client = new LoadClient();
            refused = client.run(50, Duration.ofMillis(200), 4,
                    i -> client.request("http://127.0.0.1:" + port + "/").GET().build());
        }
        assertEquals(0, refused.ok());
        assertEquals(refused.sent(), refused.failed());
    }

    /** Answers requests on keep-alive connections: even ones 201 with a Server-Timing, odd ones 500. */
    private static void serve(ServerSocket server, AtomicInteger served) {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> {
                    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                        while (true) {
                            String head = readHead(in);
                            if (head == null) {
                                return;
                            }
                            int length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                            in.readNBytes(length);
                            int n = served.getAndIncrement();
                            out.write(ascii(n % 2 == 0
                                    ? "HTTP/1.1 201 Created\r\nServer-Timing: app;dur=3.5\r\nContent-Length: 2\r\n\r\n{}"
                                    : "HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"));
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the client went away
                    }
                });
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                return head.toString();
            }
        }
        return null;
    }
}
