package org.lettersofhope.tally.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium, driven through the DevTools protocol over a plain JDK WebSocket. Started with a fresh
 * profile in a temporary folder and a DevTools port the browser chooses (read from DevToolsActivePort); closing it
 * ends the browser and every process it started, and deletes the profile.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Chromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    static Chromium start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError(BINARY + " is missing: install Debian's chromium package "
                    + "(apt-get install chromium; .ci/run does so) to run the dashboard test");
        }
        Path profile = Files.createTempDirectory("tally-chromium-");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.isRegularFile(profile.resolve("chromium.log"))
                        ? Files.readString(profile.resolve("chromium.log")) : "";
                process.destroyForcibly();
                throw new AssertionError("Chromium did not start: " + log);
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        return new Chromium(process, profile, port);
    }

    /** Opens a tab on the URL and answers its DevTools session. */
    Page open(String url) throws IOException, InterruptedException {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/new?" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 200) {
            throw new AssertionError("Chromium did not open a tab: " + created.statusCode() + " " + created.body());
        }
        String ws = JSON.readTree(created.body()).path("webSocketDebuggerUrl").asText();
        return new Page(http.newWebSocketBuilder().buildAsync(URI.create(ws), new Page.Listener()).join());
    }

    /** One tab's DevTools session. */
    static final class Page {
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();

        private Page(WebSocket socket) {
            this.socket = socket;
            listener(socket).page = this;
        }

        private static Listener listener(WebSocket socket) {
            return LISTENERS.get(socket);
        }

        private static final Map<WebSocket, Listener> LISTENERS = new ConcurrentHashMap<>();

        static final class Listener implements WebSocket.Listener {
            Page page;
            private final StringBuilder partial = new StringBuilder();
            final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

            @Override
            public void onOpen(WebSocket webSocket) {
                LISTENERS.put(webSocket, this);
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(partial.toString());
                        CompletableFuture<JsonNode> answer = pending.remove(message.path("id").asInt(-1));
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } catch (IOException e) {
                        // not a message of ours
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }

        /** Evaluates a JavaScript expression in the page and answers its value as a string ("" if undefined). */
        String eval(String expression) {
            ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
            return call("Runtime.evaluate", params).path("result").path("value").asText("");
        }

        /** The whole page as a person sees it now, scrolled through, as PNG bytes. */
        byte[] screenshot() {
            JsonNode size = call("Page.getLayoutMetrics", JSON.createObjectNode()).path("cssContentSize");
            ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
            params.putObject("clip").put("x", 0).put("y", 0).put("width", size.path("width").asDouble(800))
                    .put("height", size.path("height").asDouble(600)).put("scale", 1);
            String png = call("Page.captureScreenshot", params).path("data").asText("");
            return java.util.Base64.getDecoder().decode(png);
        }

        /** Sends one DevTools command and answers its result. */
        private JsonNode call(String method, ObjectNode params) {
            int id = ids.incrementAndGet();
            ObjectNode call = JSON.createObjectNode().put("id", id).put("method", method);
            call.set("params", params);
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            listener(socket).pending.put(id, answer);
            socket.sendText(call.toString(), true).join();
            return answer.orTimeout(10, TimeUnit.SECONDS).join().path("result");
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Override
    public void close() throws IOException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static boolean waitUntil(Duration within, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
