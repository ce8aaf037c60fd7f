package org.lettersofhope.devinfra.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * A small load generator for the benchmarks: sends requests at a fixed rate (open loop, so a slow server is not
 * hidden by a slowed-down client) and records each response's status, the client-side latency and the server's own
 * time from its {@code Server-Timing} header.
 * <p>
 * It speaks plain HTTP/1.1 over keep-alive connections from one selector thread, because it shares the two cores with
 * the service it measures: the JDK's HttpClient spent more than half a core at 1,000 requests/s, which the service
 * then lacked.
 */
public final class LoadClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How many addresses the benchmarks send the public paths' load from. */
    public static final int PUBLIC_SENDERS = 64;

    private final int sourceAddresses;

    /** All connections from one address, as one client (an authenticated caller, a partner's integration). */
    public LoadClient() {
        this(1);
    }

    /**
     * Connections to a loopback target from up to {@code sourceAddresses} addresses (127.0.0.2, .3, …): the public
     * write paths are sent by many people, each within a small per-address rate limit, and a service keeps one
     * limit bucket per address, so one address sending thousands a second would measure contention on one row that
     * real traffic never makes.
     */
    public LoadClient(int sourceAddresses) {
        this.sourceAddresses = Math.max(1, Math.min(250, sourceAddresses));
    }

    /**
     * How long a write path is driven at its measured rate before the measurement, unrecorded. A freshly started
     * service's JIT compilers take most of a core for about a minute of such load (tally-service's report-back:
     * 7 s of compiler time in 10 s after 15 s of warm-up, next to none after 60 s), and the benchmarks measure the
     * service as it runs for days, not its first minute. LETTERS_BENCH_WARM_UP_SECONDS changes it.
     */
    public static final Duration WARM_UP = Duration.ofSeconds(Long.parseLong(
            System.getenv().getOrDefault("LETTERS_BENCH_WARM_UP_SECONDS", "60")));

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

    /** One request, already encoded as the bytes sent on the wire. */
    public record Request(InetSocketAddress address, byte[] bytes) {
    }

    /** Builds a {@link Request}: {@code request(url).header(..).POST(json).build()}. */
    public static final class Builder {
        private final URI uri;
        private final StringBuilder headers = new StringBuilder();
        private String method = "GET";
        private byte[] body = new byte[0];

        Builder(URI uri) {
            this.uri = uri;
        }

        public Builder header(String name, String value) {
            headers.append(name).append(": ").append(value).append("\r\n");
            return this;
        }

        public Builder GET() {
            method = "GET";
            body = new byte[0];
            return this;
        }

        public Builder POST(String json) {
            method = "POST";
            body = json.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        public Request build() {
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String head = method + " " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\n" + headers + ("POST".equals(method) ? "Content-Length: " + body.length + "\r\n" : "")
                    + "\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[h.length + body.length];
            System.arraycopy(h, 0, bytes, 0, h.length);
            System.arraycopy(body, 0, bytes, h.length, body.length);
            return new Request(new InetSocketAddress(uri.getHost(), uri.getPort()), bytes);
        }
    }

    public Builder request(String url) {
        return new Builder(URI.create(url));
    }

    /**
     * @param rate        requests per second to start
     * @param duration    how long to keep starting them
     * @param maxInFlight at most this many requests wait for an answer; one more is counted as failed
     * @param request     makes the i-th request
     */
    public Result run(double rate, Duration duration, int maxInFlight, IntFunction<Request> request) {
        try (Loop loop = new Loop(maxInFlight, sourceAddresses)) {
            Thread thread = new Thread(loop, "load-client");
            thread.setDaemon(true);
            thread.start();
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long interval = (long) (1e9 / rate);
            int sent = 0;
            for (long next = start; next < end; next += interval) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Request r = request.apply(sent);
                sent++;
                if (loop.inFlight.incrementAndGet() > maxInFlight) {
                    loop.inFlight.decrementAndGet();
                    loop.failed.incrementAndGet(); // the server is too far behind: count it rather than slow down
                    continue;
                }
                loop.submit(r, System.nanoTime());
            }
            while (loop.inFlight.get() > 0 && thread.isAlive()) {
                LockSupport.parkNanos(1_000_000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            loop.stop();
            thread.join();
            return new Result(sent, loop.server.size(), loop.failed.get(), seconds, loop.server, loop.client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The selector thread: hands each request to an idle connection, or opens one, and reads the answers. */
    private static final class Loop implements Runnable, AutoCloseable {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<Double> server = new ArrayList<>();
        final List<Double> client = new ArrayList<>();
        private final Selector selector = Selector.open();
        private final ConcurrentLinkedQueue<Object[]> submitted = new ConcurrentLinkedQueue<>();
        private final ArrayDeque<Connection> idle = new ArrayDeque<>();
        private final List<Connection> all = new ArrayList<>();
        private final int maxConnections;
        private final int sources;
        private volatile boolean running = true;

        Loop(int maxConnections, int sources) throws IOException {
            this.maxConnections = maxConnections;
            this.sources = sources;
        }

        void submit(Request r, long t0) {
            submitted.add(new Object[] { r, t0 });
            selector.wakeup();
        }

        void stop() {
            running = false;
            selector.wakeup();
        }

        @Override
        public void run() {
            long lastTimeoutCheck = System.nanoTime();
            try {
                while (running) {
                    selector.select(100);
                    for (Object[] s; (s = submitted.poll()) != null;) {
                        dispatch((Request) s[0], (long) s[1]);
                    }
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        Connection c = (Connection) key.attachment();
                        try {
                            if (key.isValid() && key.isConnectable()) {
                                c.channel.finishConnect();
                                key.interestOps(SelectionKey.OP_WRITE);
                            } else if (key.isValid() && key.isWritable()) {
                                c.write(key);
                            } else if (key.isValid() && key.isReadable()) {
                                c.read();
                            }
                        } catch (IOException e) {
                            c.fail();
                        }
                    }
                    long now = System.nanoTime();
                    if (now - lastTimeoutCheck < 100_000_000L) {
                        continue;
                    }
                    lastTimeoutCheck = now;
                    for (Connection c : List.copyOf(all)) {
                        if (c.busy && now - c.t0 > TIMEOUT.toNanos()) {
                            c.fail();
                        }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void dispatch(Request r, long t0) {
            Connection c = idle.poll();
            try {
                if (c == null) {
                    if (all.size() >= maxConnections) {
                        done(false, 0, 0);
                        return;
                    }
                    c = new Connection(SocketChannel.open());
                    if (sources > 1 && r.address().getAddress().isLoopbackAddress()) {
                        c.channel.bind(new java.net.InetSocketAddress("127.0.0." + (2 + all.size() % sources), 0));
                    }
                    all.add(c);
                    c.channel.configureBlocking(false);
                    c.channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                    c.start(r, t0);
                    c.key = c.channel.register(selector, c.channel.connect(r.address()) ? SelectionKey.OP_WRITE
                            : SelectionKey.OP_CONNECT, c);
                } else {
                    c.start(r, t0);
                    c.key.interestOps(SelectionKey.OP_WRITE);
                }
            } catch (IOException e) {
                if (c != null) {
                    c.fail();
                } else {
                    done(false, 0, 0);
                }
            }
        }

        void done(boolean ok, double serverMs, double clientMs) {
            if (ok) {
                server.add(serverMs);
                client.add(clientMs);
            } else {
                failed.incrementAndGet();
            }
            inFlight.decrementAndGet();
        }

        @Override
        public void close() {
            for (Connection c : all) {
                try {
                    c.channel.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        /** One keep-alive connection, one request at a time. */
        private final class Connection {
            final SocketChannel channel;
            SelectionKey key;
            ByteBuffer out;
            ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            long t0;
            boolean busy;

            Connection(SocketChannel channel) {
                this.channel = channel;
            }

            void start(Request r, long t0) {
                this.out = ByteBuffer.wrap(r.bytes());
                this.t0 = t0;
                this.busy = true;
                in.clear();
            }

            void write(SelectionKey key) throws IOException {
                channel.write(out);
                if (!out.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
            }

            void read() throws IOException {
                if (!in.hasRemaining()) {
                    ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                    in.flip();
                    bigger.put(in);
                    in = bigger;
                }
                if (channel.read(in) < 0) {
                    throw new IOException("closed by the server");
                }
                Response response = Response.parse(in.array(), in.position());
                if (response == null) {
                    return;
                }
                busy = false;
                done(response.status < 400, response.serverMs, (System.nanoTime() - t0) / 1e6);
                if (response.close) {
                    all.remove(this);
                    channel.close();
                } else {
                    key.interestOps(0);
                    idle.push(this);
                }
            }

            void fail() {
                if (busy) {
                    busy = false;
                    done(false, 0, 0);
                }
                all.remove(this);
                idle.remove(this);
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // gone anyway
                }
            }
        }
    }

    /** What is read of a complete response; null from {@link #parse} while it is incomplete. */
    record Response(int status, double serverMs, boolean close) {

        static Response parse(byte[] b, int length) {
            int headEnd = indexOf(b, 0, length, "\r\n\r\n");
            if (headEnd < 0) {
                return null;
            }
            String head = new String(b, 0, headEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            long contentLength = 0;
            boolean chunked = false;
            boolean close = false;
            double serverMs = Double.NaN;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    case "server-timing" -> serverMs = duration(value);
                    default -> {
                    }
                }
            }
            int bodyStart = headEnd + 4;
            if (!chunked) {
                return length - bodyStart >= contentLength ? new Response(status, serverMs, close) : null;
            }
            int p = bodyStart;
            while (true) {
                int lineEnd = indexOf(b, p, length, "\r\n");
                if (lineEnd < 0) {
                    return null;
                }
                String size = new String(b, p, lineEnd - p, StandardCharsets.ISO_8859_1);
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                p = lineEnd + 2;
                if (n == 0) {
                    // no trailers are sent by the services: the last chunk ends with an empty line
                    return length - p >= 2 ? new Response(status, serverMs, close) : null;
                }
                p += n + 2;
                if (p > length) {
                    return null;
                }
            }
        }

        private static int indexOf(byte[] b, int from, int to, String what) {
            outer:
            for (int i = from; i <= to - what.length(); i++) {
                for (int j = 0; j < what.length(); j++) {
                    if (b[i + j] != what.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
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
