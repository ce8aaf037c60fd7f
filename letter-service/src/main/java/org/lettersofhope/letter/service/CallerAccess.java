package org.lettersofhope.letter.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;

import io.quarkus.security.ForbiddenException;

/**
 * Who the caller is for campaigns, advocacy logs, reimbursements and pen pals: a person (by the volunteer id in their
 * token), headquarters, or a chapter's coordinator or partner key.
 */
@ApplicationScoped
public class CallerAccess {

    @Inject
    Caller caller;

    /** The volunteer id of a person calling with a token; empty for anonymous callers and API keys. */
    public Optional<UUID> person() {
        if (caller.isAnonymous() || caller.isApiKey()) {
            return Optional.empty();
        }
        return caller.subject();
    }

    /** The calling person's volunteer id, or 403 when the caller is not a person (an API key, a token without id). */
    public UUID requirePerson() {
        return person().orElseThrow(() -> new ForbiddenException("only a person can do this"));
    }

    /** Admins and coordinators without a chapter; anyone else gets 403. */
    public void requireHeadquarters() {
        if (!caller.isHeadquarters()) {
            throw new ForbiddenException("only headquarters can do this");
        }
    }

    public boolean isHeadquarters() {
        return caller.isHeadquarters();
    }

    /** Coordinators (of any chapter) and admins: the staff who see drafts and queues. */
    public boolean isStaff() {
        return caller.is(Roles.COORDINATOR) || caller.is(Roles.ADMIN);
    }

    /** Whether the caller may see and change records of this chapter (null: headquarters' own records). */
    public boolean actsFor(UUID chapterId) {
        return caller.actsFor(chapterId);
    }

    /** The chapter a chapter-bound caller (a chapter coordinator or partner key) works for; empty for others. */
    public Optional<UUID> boundChapter() {
        if (caller.isHeadquarters() || !(caller.is(Roles.COORDINATOR) || caller.is(Roles.PARTNER))) {
            return Optional.empty();
        }
        return caller.chapterId();
    }

    public boolean is(String role) {
        return caller.is(role);
    }
}
