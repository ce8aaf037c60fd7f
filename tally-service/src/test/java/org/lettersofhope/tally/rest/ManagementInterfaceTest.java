package org.lettersofhope.tally.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * In production, health and metrics are served on the management port only: /q/metrics is not public. The test runs
 * the service with the production profile's own management settings (read from the shared defaults, so that a
 * change there is what is tested) on a free port.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.Production.class)
class ManagementInterfaceTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(productionManagementSettings());
            settings.put("quarkus.management.test-port", Integer.toString(freePort()));
            return settings;
        }
    }

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    /** Every {@code %prod.quarkus.management.*} setting of the shared defaults, without its profile. */
    static Map<String, String> productionManagementSettings() {
        Map<String, String> settings = new HashMap<>();
        try {
            for (URL url : Collections.list(ManagementInterfaceTest.class.getClassLoader()
                    .getResources("META-INF/microprofile-config.properties"))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                p.stringPropertyNames().stream().filter(k -> k.startsWith("%prod.quarkus.management."))
                        .forEach(k -> settings.put(k.substring("%prod.".length()), p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void productionTurnsTheManagementInterfaceOn() {
        assertEquals("true", productionManagementSettings().get("quarkus.management.enabled"));
    }

    @Test
    void metricsAndHealthAreNotServedOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        // The contract stays public: clients are generated from it.
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsAndHealthAreServedOnTheManagementPort() {
        given().port(managementPort).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().port(managementPort).get("/q/health/ready").then().statusCode(200);
    }
}
