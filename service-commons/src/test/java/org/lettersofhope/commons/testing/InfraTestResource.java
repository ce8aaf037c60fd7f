package org.lettersofhope.commons.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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

    /**
     * A new, empty database on the shared server, named {@code prefix} and a unique suffix, for a test that needs a
     * database of its own (a replay, keys of another deployment); it goes with the build's PostgreSQL.
     */
    public static String freshDatabase(String prefix) {
        InfraState infra = infra();
        String database = prefix + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(infra.jdbcUrl("postgres"), infra.postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (Exception e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return database;
    }

    public static InfraState infra() {
        return SharedInfra.ensureRunning(Path.of(System.getProperty("letters.infra.dir", "target/test-infra")));
    }
}
