package org.lettersofhope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lettersofhope.devinfra.Mailbox;

import io.restassured.RestAssured;

/**
 * The README's local run command: everything comes up, SIGTERM leaves no process of ours behind, and a second run
 * keeps the data of the first.
 */
class LocalUpIT {

    @Test
    void upServesAllThreeServicesStopsCleanlyOnSigtermAndKeepsItsData(@TempDir Path data) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("LETTERS_DATA_DIR", data.toString());
        env.put("LETTERS_SKIP_BUILD", "1");
        for (String port : List.of("LETTERS_PG_PORT", "LETTERS_KAFKA_PORT", "LETTERS_KAFKA_CONTROLLER_PORT",
                "LETTERS_SMTP_PORT", "LETTERS_POP3_PORT", "LETTERS_VOLUNTEER_PORT", "LETTERS_LETTER_PORT",
                "LETTERS_TALLY_PORT")) {
            env.put(port, Integer.toString(SystemUnderTest.freePort()));
        }
        String volunteers = "http://127.0.0.1:" + env.get("LETTERS_VOLUNTEER_PORT");
        String letters = "http://127.0.0.1:" + env.get("LETTERS_LETTER_PORT");
        String tallies = "http://127.0.0.1:" + env.get("LETTERS_TALLY_PORT");
        String region = SystemUnderTest.freshRegion();
        java.nio.file.Path key = data.resolve("keys").resolve("jwt-private.pem");

        try (Up up = Up.start(env, data.resolve("up-1.log"))) {
            Map<String, String> operationIds = new java.util.TreeMap<>();
            for (String url : List.of(volunteers, letters, tallies)) {
                operationIds = OpenApiDocumentsTest.duplicates(operationIds, url, RestAssured.given().baseUri(url)
                        .queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                        .extract().asString());
                // Health and metrics are on the management port (the HTTP port + 1000), never on the public one.
                String management = "http://127.0.0.1:" + (Integer.parseInt(url.substring(url.lastIndexOf(':') + 1))
                        + 1000);
                RestAssured.given().baseUri(management).when().get("/q/health/ready").then().statusCode(200);
                RestAssured.given().baseUri(management).when().get("/q/metrics").then().statusCode(200);
                RestAssured.given().baseUri(url).when().get("/q/metrics").then().statusCode(404);
                RestAssured.given().baseUri(url).when().get("/q/swagger-ui/").then().statusCode(200);
                RestAssured.given().baseUri(url).when().get("/q/openapi").then().statusCode(200);
            }
            // The local run's own mail server received the confirmation link.
            Api.register(volunteers, Mailbox.atPop3Port(Integer.parseInt(env.get("LETTERS_POP3_PORT"))), "Up",
                    "Test", "up." + UUID.randomUUID() + "@example.org", "60601", region);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Api.registeredIn(tallies, region, key) == 1);
            up.terminateAndAssertNothingLeft();
        }

        try (Up again = Up.start(env, data.resolve("up-2.log"))) {
            assertEquals(1, Api.registeredIn(tallies, region, key), "the second run keeps the first run's data");
            again.terminateAndAssertNothingLeft();
        }
    }

    /** {@code deploy/local/up} as a user runs it. */
    static final class Up implements AutoCloseable {
        final Process process;
        final Path data;
        final List<ProcessHandle> tree = new ArrayList<>();

        private Up(Process process, Path data) {
            this.process = process;
            this.data = data;
        }

        static Up start(Map<String, String> env, Path log) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(
                    SystemUnderTest.PROJECT.resolve("deploy/local/up").toString())
                    .directory(SystemUnderTest.PROJECT.toFile()).redirectErrorStream(true);
            pb.environment().putAll(env);
            Up up = new Up(pb.start(), Path.of(env.get("LETTERS_DATA_DIR")));
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(up.process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                        if (line.startsWith("[up] ready in")) {
                            ready.complete(null);
                        }
                    }
                } catch (IOException ignored) {
                    // process ended
                }
                ready.completeExceptionally(new IllegalStateException("up ended before it was ready; see " + log));
            });
            reader.setDaemon(true);
            reader.start();
            try {
                ready.get(180, TimeUnit.SECONDS);
            } catch (Exception e) {
                up.close();
                throw new IllegalStateException("deploy/local/up did not become ready; see " + log, e);
            }
            return up;
        }

        void terminateAndAssertNothingLeft() throws Exception {
            ProcessHandle root = process.toHandle();
            tree.add(root);
            root.descendants().forEach(tree::add);
            // PostgreSQL is daemonised by pg_ctl, so it is found by its data directory rather than as a child.
            List<Long> postgres = new ArrayList<>();
            ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("")
                            .contains(data.resolve("postgres").toString()))
                    .forEach(p -> postgres.add(p.pid()));
            assertTrue(tree.size() >= 4, "up runs the three services as its children: " + tree.size());
            assertEquals(1, postgres.size(), "one PostgreSQL serves this run");

            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "up did not stop within 60 s of SIGTERM");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && (tree.stream().anyMatch(ProcessHandle::isAlive)
                    || postgres.stream().anyMatch(pid -> ProcessHandle.of(pid).isPresent()))) {
                Thread.sleep(100);
            }
            for (ProcessHandle p : tree) {
                assertTrue(!p.isAlive(), "left behind: " + p.pid() + " " + p.info().commandLine().orElse(""));
            }
            for (long pid : postgres) {
                assertTrue(ProcessHandle.of(pid).isEmpty(), "PostgreSQL " + pid + " left behind");
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
