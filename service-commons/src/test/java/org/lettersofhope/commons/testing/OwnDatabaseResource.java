package org.lettersofhope.commons.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The shared infrastructure with a new, empty database of the test's own ({@link InfraTestResource#freshDatabase});
 * a subclass names its prefix and may add to the service's configuration.
 */
public abstract class OwnDatabaseResource implements QuarkusTestResourceLifecycleManager {

    protected abstract String prefix();

    /** Adds to or changes {@code config}, the service's configuration for {@code database}. */
    protected void configure(Map<String, String> config, String database) {
    }

    @Override
    public Map<String, String> start() {
        String database = InfraTestResource.freshDatabase(prefix());
        Map<String, String> config = new HashMap<>(InfraTestResource.infra().serviceConfig(database));
        configure(config, database);
        return config;
    }

    @Override
    public void stop() {
        // the database goes with the build's PostgreSQL
    }
}
