package org.lettersofhope.commons.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, whichever way they authenticated: a person's JWT or a partner's API key. Reads only facts that
 * {@link TrustedClaims} verified while authenticating: a caller's chapter is the one it checked, never a raw claim.
 */
@RequestScoped
public class Caller {

    /** The chapter claim of a token, and the attribute an API key's chapter arrives in, before they are checked. */
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

    /**
     * Headquarters, who may act for every chapter: an admin, or a coordinator whose token carries the
     * {@link Roles#HEADQUARTERS} role. Never inferred from a missing chapter: a coordinator with neither acts for none.
     */
    public boolean isHeadquarters() {
        return is(Roles.ADMIN) || (is(Roles.COORDINATOR) && is(Roles.HEADQUARTERS));
    }

    /** Headquarters or a chapter's coordinator: the staff who see drafts and work queues. */
    public boolean isStaff() {
        return isHeadquarters() || (is(Roles.COORDINATOR) && chapterId().isPresent());
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
            return TrustedClaims.uuid(jwt.getSubject());
        }
        return Optional.empty();
    }

    /** The chapter the token or key names, as checked when it was authenticated. */
    public Optional<UUID> chapterId() {
        return identity.getAttribute(TrustedClaims.CHAPTER) instanceof UUID chapter ? Optional.of(chapter)
                : Optional.empty();
    }
}
