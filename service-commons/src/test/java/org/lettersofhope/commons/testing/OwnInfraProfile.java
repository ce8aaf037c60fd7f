package org.lettersofhope.commons.testing;

import java.util.List;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose one test resource is {@code resource}, in place of the shared {@link InfraTestResource}: for
 * a test that needs infrastructure of its own (a database of its own, the database behind a proxy).
 */
public abstract class OwnInfraProfile implements QuarkusTestProfile {

    private final Class<? extends QuarkusTestResourceLifecycleManager> resource;

    protected OwnInfraProfile(Class<? extends QuarkusTestResourceLifecycleManager> resource) {
        this.resource = resource;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(resource));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
