package org.lettersofhope.volunteer;

import org.lettersofhope.commons.testing.InfraTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the build's shared PostgreSQL (database "volunteer") and Kafka broker. */
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "volunteer"))
public final class VolunteerTestInfra {

    private VolunteerTestInfra() {
    }
}
