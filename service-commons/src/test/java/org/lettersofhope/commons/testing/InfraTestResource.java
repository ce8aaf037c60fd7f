package org.lettersofhope.commons.testing;

import java.nio.file.Path;
import java.util.Map;

import org.lettersofhope.devinfra.InfraState;
import org.lettersofhope.devinfra.SharedInfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service's {@code @QuarkusTest}s at the build's one real PostgreSQL and one real Kafka broker, started on
 * first use by dev-infra. The init argument {@code database} names the service's database.
 */
public class InfraTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return infra().serviceConfig(database);
    }

    @Override
    public void stop() {
        // The infrastructure outlives this test class: it ends with the Maven run that started it.
    }

    public static InfraState infra() {
        return SharedInfra.ensureRunning(Path.of(System.getProperty("letters.infra.dir", "target/test-infra")));
    }
}
