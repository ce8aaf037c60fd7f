package org.lettersofhope.commons.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.lettersofhope.devinfra.DevTokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens signed with the test infrastructure's key, for calling protected endpoints in tests. Headquarters is
 * {@code bearer("coordinator", "headquarters")}; a chapter's coordinator {@code bearerFor(id, chapter,
 * "coordinator")}.
 */
public final class TestTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {
    }

    public static String bearer(String... roles) {
        return bearerFor(UUID.randomUUID(), null, roles);
    }

    public static String bearerFor(UUID subject, UUID chapterId, String... roles) {
        return "Bearer " + DevTokens.sign(InfraTestResource.infra().jwtPrivateKey(), subject.toString(),
                List.of(roles), chapterId == null ? null : chapterId.toString(), Duration.ofMinutes(30));
    }

    /** A well-formed token's claims, to be bent out of shape one at a time by tests of what is refused. */
    public static Claims claims(UUID subject, String... roles) {
        return new Claims(subject, roles);
    }

    public static final class Claims {

        private final Map<String, Object> claims = new LinkedHashMap<>();

        private Claims(UUID subject, String... roles) {
            Instant now = Instant.now();
            claims.put("iss", DevTokens.ISSUER);
            claims.put("aud", DevTokens.AUDIENCE);
            claims.put("sub", subject.toString());
            claims.put("upn", subject.toString());
            claims.put("jti", UUID.randomUUID().toString());
            claims.put("iat", now.getEpochSecond());
            claims.put("exp", now.plus(Duration.ofMinutes(30)).getEpochSecond());
            claims.put("groups", List.of(roles));
        }

        /** Sets a claim to any JSON value (a string, number, list, map or null). */
        public Claims with(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Claims without(String name) {
            claims.remove(name);
            return this;
        }

        /** Issued now, expiring after {@code lifetime}. */
        public Claims lifetime(Duration lifetime) {
            long now = Instant.now().getEpochSecond();
            claims.put("iat", now);
            claims.put("exp", now + lifetime.toSeconds());
            return this;
        }

        public String bearer() {
            try {
                return "Bearer " + DevTokens.signClaims(InfraTestResource.infra().jwtPrivateKey(),
                        JSON.writeValueAsString(claims));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
