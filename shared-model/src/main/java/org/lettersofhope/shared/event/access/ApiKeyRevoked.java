package org.lettersofhope.shared.event.access;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** An admin revoked an API key; every service stops accepting it. */
public record ApiKeyRevoked(UUID keyId, Instant revokedAt) implements DomainEvent {

    public ApiKeyRevoked {
        DomainEvent.requireId(keyId, "keyId");
    }

    @Override
    public UUID aggregateId() {
        return keyId;
    }
}
