package org.lettersofhope.letter.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lettersofhope.commons.security.Caller;

import io.quarkus.security.ForbiddenException;

/**
 * Who may do what in letter-service. Headquarters (an admin, or a coordinator whose token names no chapter) receives,
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
}
