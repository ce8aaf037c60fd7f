package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.security.ApiKey;
import org.lettersofhope.commons.security.ApiKeyRepository;
import org.lettersofhope.commons.security.ApiKeySecrets;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.access.ApiKeyIssued;
import org.lettersofhope.shared.event.access.ApiKeyRevoked;
import org.lettersofhope.shared.event.access.ApiKeyScope;

/** volunteer-service issues and revokes the API keys of partner chapters and dashboards for all services. */
@ApplicationScoped
public class ApiKeyService {

    @Inject
    ApiKeyRepository keys;

    @Inject
    Outbox outbox;

    @Inject
    ChapterService chapters;

    /** The key and the one moment its secret is known: it is returned to the admin and never stored. */
    public record IssuedKey(ApiKey key, String plaintext) {
    }

    @Transactional
    public IssuedKey issue(ApiKeyScope scope, UUID chapterId, String label) {
        if (scope == ApiKeyScope.PARTNER) {
            chapters.requireActive(chapterId);
        }
        ApiKeySecrets.NewKey generated = ApiKeySecrets.generate();
        ApiKey key = new ApiKey();
        key.id = generated.keyId();
        key.scope = scope;
        key.chapterId = scope == ApiKeyScope.PARTNER ? chapterId : null;
        key.secretSha256 = generated.secretSha256();
        key.label = label;
        key.issuedAt = Instant.now();
        keys.persist(key);
        outbox.record(EventTypes.API_KEY_ISSUED,
                new ApiKeyIssued(key.id, key.scope, key.chapterId, key.secretSha256, key.issuedAt));
        return new IssuedKey(key, generated.plaintext());
    }

    /** Revokes a key everywhere; answers empty when there is no such key. Revoking twice changes nothing. */
    @Transactional
    public Optional<ApiKey> revoke(UUID id) {
        ApiKey key = keys.findById(id);
        if (key == null) {
            return Optional.empty();
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
            outbox.record(EventTypes.API_KEY_REVOKED, new ApiKeyRevoked(key.id, key.revokedAt));
        }
        return Optional.of(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Newest first, ties by id so pages are stable; reads one row more than the page so the caller knows of a next. */
    public List<ApiKey> list(int offset, int sizePlusOne) {
        return keys.findAll(io.quarkus.panache.common.Sort.by("issuedAt").descending().and("id"))
                .range(offset, offset + sizePlusOne - 1).list();
    }
}
