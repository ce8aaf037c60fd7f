package org.lettersofhope.tally.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lettersofhope.commons.testing.InfraTestResource;
import org.lettersofhope.commons.testing.OwnInfraProfile;
import org.lettersofhope.commons.testing.TcpProxy;
import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.shared.problem.ProblemTypes;
import org.lettersofhope.tally.support.TallyFixtures;
import org.lettersofhope.tally.support.TallyFixtures.TestCampaign;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A real PostgreSQL outage: the service reaches the database through a TCP proxy that the test cuts (every open
 * connection dropped, new ones refused) and restores. Meanwhile writes and reads are 503 dependency-unavailable with
 * Retry-After, never a 500, and readiness is DOWN; afterwards the service recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest {

    public static class BehindProxy extends OwnInfraProfile {
        public BehindProxy() {
            super(ProxiedDatabase.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // A request waits this long for a connection before the pool gives up: kept short so the test is.
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    /** The shared infrastructure, with the database reached through a proxy of this test's own. */
    public static class ProxiedDatabase implements QuarkusTestResourceLifecycleManager {
        private TcpProxy proxy;

        @Override
        public Map<String, String> start() {
            InfraState infra = InfraTestResource.infra();
            proxy = new TcpProxy("127.0.0.1", infra.postgresPort());
            Map<String, String> config = new HashMap<>(infra.serviceConfig("tally"));
            config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/tally");
            return config;
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
        }

        @Override
        public void stop() {
            proxy.close();
        }
    }

    TcpProxy proxy;

    @AfterEach
    void restore() {
        proxy.restore();
    }

    @Test
    void whilePostgresIsDownWritesAndReadsAre503WithRetryAfterAndTheServiceRecoversByItself() {
        TestCampaign c = TallyFixtures.campaign();
        String body = TallyFixtures.reportBack("POSTCARD", 3);
        TallyFixtures.report(c, body);
        TallyFixtures.awaitTotal(c, "ACTIONS", 3);
        given().get("/q/health/ready").then().statusCode(200);

        proxy.cut();
        for (Response answer : List.of(
                given().contentType(ContentType.JSON).body(body).post(c.path() + "/report-backs"),
                given().header("Authorization", TallyFixtures.HQ).get(c.path() + "/tallies"),
                given().get("/api/tallies"))) {
            answer.then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo(ProblemTypes.DEPENDENCY_UNAVAILABLE))
                    .body("status", equalTo(503))
                    .body("detail", not(containsString("Exception")));
        }
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().contentType(ContentType.JSON).body(body).post(c.path() + "/report-backs")
                        .statusCode() == 201);
        TallyFixtures.awaitTotal(c, "ACTIONS", 6);
        assertEquals(6, TallyFixtures.total(c, "ACTIONS"));
    }
}
