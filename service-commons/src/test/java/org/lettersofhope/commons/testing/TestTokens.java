package org.lettersofhope.commons.testing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.lettersofhope.devinfra.DevTokens;

/** Bearer tokens signed with the test infrastructure's key, for calling protected endpoints in tests. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String bearer(String... roles) {
        return bearerFor(UUID.randomUUID(), null, roles);
    }

    public static String bearerFor(UUID subject, UUID chapterId, String... roles) {
        return "Bearer " + DevTokens.sign(InfraTestResource.infra().jwtPrivateKey(), subject.toString(),
                List.of(roles), chapterId == null ? null : chapterId.toString(), Duration.ofMinutes(30));
    }
}
