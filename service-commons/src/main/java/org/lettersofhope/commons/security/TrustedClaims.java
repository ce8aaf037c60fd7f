package org.lettersofhope.commons.security;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks, once per authentication and for every endpoint of every service, the claims authority is read from. A
 * {@code chapter_id} (token claim or API key attribute) that is present must be a UUID in a JSON string, or the
 * request is refused (401): a claim that cannot be read never widens what a caller may do. The checked chapter is
 * kept as {@link #CHAPTER}, the only place {@link Caller} reads it from.
 *
 * <p>A token with both the {@link Roles#HEADQUARTERS} role and a {@code chapter_id} is refused as contradictory:
 * guessing which of the two its issuer meant could only widen or narrow authority by accident.
 */
@ApplicationScoped
public class TrustedClaims implements SecurityIdentityAugmentor {

    /** The attribute holding the verified chapter, a {@link UUID}. */
    public static final String CHAPTER = "letters.verified-chapter";

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Before {@link VolunteerStandings}: a token whose claims are unreadable costs no database lookup. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        try {
            return Uni.createFrom().item(checked(identity));
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static SecurityIdentity checked(SecurityIdentity identity) {
        Optional<Object> raw = rawChapter(identity);
        if (raw.isEmpty()) {
            return identity;
        }
        UUID chapter = readable(raw.get())
                .orElseThrow(() -> new AuthenticationFailedException("chapter_id is present but no UUID"));
        if (identity.hasRole(Roles.HEADQUARTERS)) {
            throw new AuthenticationFailedException("a token is either headquarters' or a chapter's, not both");
        }
        return QuarkusSecurityIdentity.builder(identity).addAttribute(CHAPTER, chapter).build();
    }

    /** The chapter as the key or token states it; present (possibly as JSON null) or absent. */
    private static Optional<Object> rawChapter(SecurityIdentity identity) {
        Object attribute = identity.getAttribute(Caller.CHAPTER_ATTRIBUTE);
        if (attribute != null) {
            return Optional.of(attribute);
        }
        // getClaim of a name that is no standard claim throws and catches inside smallrye-jwt: ask only when present.
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaimNames() != null
                && jwt.getClaimNames().contains(Caller.CHAPTER_ATTRIBUTE)) {
            Object claim = jwt.getClaim(Caller.CHAPTER_ATTRIBUTE);
            return Optional.of(claim == null ? JsonNull.INSTANCE : claim);
        }
        return Optional.empty();
    }

    /** Only a string holding exactly a UUID: no array, object, number, braces, quotes or padding around it. */
    private static Optional<UUID> readable(Object value) {
        if (value instanceof UUID u) {
            return Optional.of(u);
        }
        if (value instanceof JsonString s) {
            return uuid(s.getString());
        }
        if (value instanceof String s) {
            return uuid(s);
        }
        return Optional.empty();
    }

    /** A UUID in its 8-4-4-4-12 form; empty for anything else. Cheap for the non-UUIDs it is often asked about. */
    static Optional<UUID> uuid(String s) {
        if (s == null || s.length() != 36 || !CANONICAL_UUID.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(s));
    }

    /** A claim that is there with the value null. */
    private enum JsonNull {
        INSTANCE
    }
}
