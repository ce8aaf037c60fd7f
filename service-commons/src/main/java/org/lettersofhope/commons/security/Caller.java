package org.lettersofhope.commons.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, whichever way they authenticated: a person's JWT or a partner's API key. */
@RequestScoped
public class Caller {

    /** The chapter an API key or a chapter coordinator's token belongs to. */
    public static final String CHAPTER_ATTRIBUTE = "chapter_id";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** An admin, or a coordinator whose token names no chapter: headquarters, who may act for every chapter. */
    public boolean isHeadquarters() {
        return is(Roles.ADMIN) || (is(Roles.COORDINATOR) && chapterId().isEmpty());
    }

    /**
     * Whether this caller may see and change records of the given chapter (null: records of no chapter, which only
     * headquarters handles). A chapter's coordinator or partner key acts for that chapter only.
     */
    public boolean actsFor(UUID chapter) {
        if (isHeadquarters()) {
            return true;
        }
        if (!(is(Roles.COORDINATOR) || is(Roles.PARTNER))) {
            return false;
        }
        return chapter != null && chapterId().map(chapter::equals).orElse(false);
    }

    public boolean isApiKey() {
        return !identity.isAnonymous() && name().startsWith("api-key:");
    }

    /** For a person: the JWT subject, which is their volunteer id. */
    public Optional<UUID> subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return parse(jwt.getSubject());
        }
        return Optional.empty();
    }

    /** Asked several times a request; worked out once. */
    private Optional<UUID> chapterId;

    public Optional<UUID> chapterId() {
        if (chapterId == null) {
            chapterId = readChapterId();
        }
        return chapterId;
    }

    private Optional<UUID> readChapterId() {
        Object attribute = identity.getAttribute(CHAPTER_ATTRIBUTE);
        if (attribute != null) {
            return parse(attribute.toString());
        }
        // getClaim of a name that is no standard claim throws and catches inside smallrye-jwt: ask only when present.
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaimNames() != null
                && jwt.getClaimNames().contains(CHAPTER_ATTRIBUTE)) {
            Object claim = jwt.getClaim(CHAPTER_ATTRIBUTE);
            return claim == null ? Optional.empty() : parse(claim.toString());
        }
        return Optional.empty();
    }

    /** Asked several times a request, usually of a value that is no UUID: answers without throwing for those. */
    private static Optional<UUID> parse(String s) {
        String v = s.replace("\"", "");
        if (v.length() != 36 || v.charAt(8) != '-' || v.charAt(13) != '-' || v.charAt(18) != '-'
                || v.charAt(23) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(v));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
