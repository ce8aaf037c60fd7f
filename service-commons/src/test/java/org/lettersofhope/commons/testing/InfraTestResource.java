package org.lettersofhope.commons.testing;

import java.nio.file.Path;
import java.util.HashMap;
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
        InfraState infra = infra();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.postgresUser());
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", infra.jwtPublicKey().toUri().toString());
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure outlives this test class: it ends with the Maven run that started it.
    }

    public static InfraState infra() {
        return SharedInfra.ensureRunning(Path.of(System.getProperty("letters.infra.dir", "target/test-infra")));
    }
}
