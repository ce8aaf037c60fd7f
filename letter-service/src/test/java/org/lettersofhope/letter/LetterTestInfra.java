package org.lettersofhope.letter;

import org.lettersofhope.commons.testing.InfraTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the build's shared PostgreSQL (database "letter") and Kafka broker. */
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "letter"))
public final class LetterTestInfra {

    private LetterTestInfra() {
    }
}
