package org.lettersofhope.shared.event.access;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * An admin issued an API key. Every service keeps a projection of keys so that a partner can call any of them.
 * Carries the SHA-256 of the key's secret, never the secret: the hash of 256 random bits cannot be turned back into a
 * key.
 */
public record ApiKeyIssued(UUID keyId, ApiKeyScope scope, UUID chapterId, String secretSha256, Instant issuedAt)
        implements DomainEvent {

    public ApiKeyIssued {
        DomainEvent.requireId(keyId, "keyId");
    }

    @Override
    public UUID aggregateId() {
        return keyId;
    }
}
