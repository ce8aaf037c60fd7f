package org.lettersofhope.letter.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;

import io.quarkus.security.ForbiddenException;

/**
 * Who may do what in letter-service. Headquarters (an admin, or a coordinator with the headquarters role) receives,
 * reviews, batches and mails letters and is the only one to see recipients' identifiers; chapter coordinators and
 * partner keys see their chapter's letters; a volunteer sees their own.
 */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    public boolean isHeadquarters() {
        return caller.isHeadquarters();
    }

    /** 403 unless the caller is headquarters: recipients' identifiers and the mail room are theirs alone. */
    public void requireHeadquarters() {
        if (!caller.isHeadquarters()) {
            throw new ForbiddenException("headquarters only");
        }
    }

    /** The volunteer id of a person calling with a token; empty for anonymous callers and API keys. */
    public Optional<UUID> person() {
        if (caller.isAnonymous() || caller.isApiKey()) {
            return Optional.empty();
        }
        return caller.subject();
    }

    public UUID requirePerson() {
        return person().orElseThrow(() -> new ForbiddenException("only a person can do this"));
    }

    /** Who to record as having made a change: the token's subject or the API key's name. */
    public String actor() {
        return person().map(UUID::toString).orElse(caller.name());
    }

    public Caller caller() {
        return caller;
    }

    /**
     * Headquarters and chapters' coordinators: the staff who see draft campaigns and work queues. A coordinator of no
     * chapter is none of them.
     */
    public boolean isStaff() {
        return caller.isStaff();
    }

    /**
     * The chapter whose records a list shows the caller: null (all of them) for headquarters, their own for a
     * chapter-bound caller; 403 for anyone else, such as a coordinator of no chapter.
     */
    public UUID listScope() {
        return caller.isHeadquarters() ? null
                : boundChapter().orElseThrow(() -> new ForbiddenException("acts for no chapter"));
    }

    /** Whether the caller may see and change records of this chapter (null: headquarters' own records). */
    public boolean actsFor(UUID chapterId) {
        return caller.actsFor(chapterId);
    }

    /** How much the caller may be told: decided here once, applied by {@link Standing}. */
    public Standing standing() {
        if (caller.isHeadquarters()) {
            return Standing.HEADQUARTERS;
        }
        return boundChapter().isPresent() ? Standing.CHAPTER_STAFF : Standing.WRITER;
    }

    /** The chapter a chapter-bound caller (a chapter's coordinator or partner key) works for; empty for others. */
    public Optional<UUID> boundChapter() {
        if (caller.isHeadquarters() || !(caller.is(Roles.COORDINATOR) || caller.is(Roles.PARTNER))) {
            return Optional.empty();
        }
        return caller.chapterId();
    }
}
