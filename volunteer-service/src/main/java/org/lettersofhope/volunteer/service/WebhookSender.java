package org.lettersofhope.volunteer.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to the address {@link TargetGuard} checked (never to a name resolved again), TLS with the URL's
 * host for SNI and certificate checks; no redirects followed (a 3xx is a failed attempt), bounded connect and
 * response time, and at most {@link #MAX_RESPONSE_BYTES} of the answer read and thrown away: the status line is all
 * that is kept, and nothing of the answer is ever logged.
 */
public final class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 4096;

    /** What an attempt came to: the status when an answer came, otherwise a short reason. */
    public record Result(Integer status, String error, long latencyMs) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final Duration connectTimeout;
    private final Duration responseTimeout;

    public WebhookSender(Duration connectTimeout, Duration responseTimeout) {
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    public Result post(TargetGuard.Target target, Map<String, String> headers, byte[] body) {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.address(), target.port()), (int) connectTimeout.toMillis());
            long deadline = System.nanoTime() + responseTimeout.toNanos();
            socket.setSoTimeout((int) responseTimeout.toMillis());
            Socket channel = target.tls() ? tls(socket, target) : socket;
            OutputStream out = channel.getOutputStream();
            StringBuilder head = new StringBuilder();
            String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                    : target.uri().getRawPath();
            if (target.uri().getRawQuery() != null) {
                path += "?" + target.uri().getRawQuery();
            }
            int defaultPort = target.tls() ? 443 : 80;
            head.append("POST ").append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader(target.host())).append(target.port() == defaultPort ? ""
                            : ":" + target.port()).append("\r\n")
                    .append("User-Agent: LettersOfHope-Webhooks/1\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Integer status = readStatus(channel.getInputStream(), socket, deadline);
            long ms = (System.nanoTime() - started) / 1_000_000;
            return status == null || status < 0 ? new Result(null, "not an HTTP answer", ms)
                    : new Result(status, null, ms);
        } catch (ConnectException e) {
            return new Result(null, "connection refused", elapsed(started));
        } catch (SocketTimeoutException e) {
            return new Result(null, "timed out", elapsed(started));
        } catch (javax.net.ssl.SSLException e) {
            return new Result(null, "TLS failed", elapsed(started));
        } catch (IOException e) {
            return new Result(null, "connection failed", elapsed(started));
        }
    }

    private static String hostHeader(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Socket tls(Socket plain, TargetGuard.Target target) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain,
                target.host(), target.port(), true);
        SSLParameters params = ssl.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().contains(":") && !Character.isDigit(target.host().charAt(target.host().length() - 1))) {
            params.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(params);
        ssl.startHandshake();
        return ssl;
    }

    /** The status of the answer; reads at most the limit, within the deadline, and keeps nothing else. */
    static Integer readStatus(InputStream in, Socket socket, long deadline) throws IOException {
        byte[] buffer = new byte[MAX_RESPONSE_BYTES];
        int read = 0;
        Integer status = null;
        while (read < buffer.length) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException();
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int n = in.read(buffer, read, buffer.length - read);
            if (n < 0) {
                break;
            }
            read += n;
            if (status == null) {
                status = parseStatus(buffer, read);
                if (status != null) {
                    // the rest of the answer is not needed: the status decides
                    return status;
                }
            }
        }
        return status == null ? parseStatus(buffer, read) : status;
    }

    private static Integer parseStatus(byte[] buffer, int length) {
        String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        int eol = text.indexOf("\r\n");
        if (eol < 0) {
            return null;
        }
        String[] parts = text.substring(0, eol).split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            return -1;
        }
        try {
            int s = Integer.parseInt(parts[1]);
            return s >= 100 && s <= 599 ? s : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
