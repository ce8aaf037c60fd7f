package org.lettersofhope.letter;

import org.lettersofhope.commons.testing.InfraTestResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this module runs against the build's shared PostgreSQL (database "letter") and Kafka broker, with
 * recipient keys made for this test run ({@link RecipientKeysTestResource}): no key is in any committed file.
 */
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "letter"))
@WithTestResource(value = RecipientKeysTestResource.class, scope = TestResourceScope.GLOBAL)
public final class LetterTestInfra {

    private LetterTestInfra() {
    }
}
